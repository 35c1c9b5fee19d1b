package uk.police.hcir.reporting.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The dashboards' figures, from each case's live state. */
@Service
public class Dashboards {

    private final JdbcClient jdbc;
    private final Map<String, Supplier<Figures>> dashboards = new LinkedHashMap<>();

    public Dashboards(JdbcClient jdbc) {
        this.jdbc = jdbc;
        dashboards.put("open-cases-by-risk", this::openCasesByRisk);
        dashboards.put("overdue-work", this::overdueWork);
        dashboards.put("crimes-by-strand-by-month", this::crimesByStrandByMonth);
        dashboards.put("flag-corrections", this::flagCorrections);
        dashboards.put("time-to-first-victim-contact", this::timeToFirstVictimContact);
        dashboards.put("perception-question-asked", this::perceptionQuestionAsked);
        dashboards.put("repeat-victims", this::repeatVictims);
        dashboards.put("victims-code-compliance", this::victimsCodeCompliance);
    }

    public List<String> names() {
        return List.copyOf(dashboards.keySet());
    }

    public Optional<Figures> figures(String name) {
        return Optional.ofNullable(dashboards.get(name)).map(Supplier::get);
    }

    private Figures openCasesByRisk() {
        return table("open-cases-by-risk", "Open cases by risk level", List.of("riskLevel", "cases"), """
                SELECT coalesce(state->>'riskLevel', 'NOT_ASSESSED'), count(*)
                FROM case_state WHERE state->>'status' = 'OPEN' GROUP BY 1 ORDER BY 1""");
    }

    private Figures overdueWork() {
        return table("overdue-work", "Open cases with overdue work", List.of("work", "cases"), """
                SELECT 'RECORDING_DECISION', count(*) FILTER (WHERE (state->>'recordingDecisionOverdue')::boolean)
                FROM case_state WHERE state->>'status' = 'OPEN'
                UNION ALL
                SELECT 'RISK_REVIEW', count(*) FILTER (WHERE (state->>'riskReviewOverdue')::boolean)
                FROM case_state WHERE state->>'status' = 'OPEN'
                UNION ALL
                SELECT 'VICTIM_UPDATE', count(*) FILTER (WHERE (state->>'overdueVictimUpdates')::int > 0)
                FROM case_state WHERE state->>'status' = 'OPEN'""");
    }

    private Figures crimesByStrandByMonth() {
        return table("crimes-by-strand-by-month", "Recorded hate crimes by strand by month",
                     List.of("month", "strand", "crimes"), """
                SELECT to_char((state->>'recordingDecisionAt')::timestamptz AT TIME ZONE 'Europe/London', 'YYYY-MM'),
                       strand, count(*)
                FROM case_state,
                     jsonb_array_elements_text(CASE WHEN jsonb_array_length(state->'flaggedStrands') > 0
                                                    THEN state->'flaggedStrands' ELSE state->'perceivedStrands' END)
                         AS strand
                WHERE state->>'recordingDecision' = 'CRIME'
                GROUP BY 1, 2 ORDER BY 1, 2""");
    }

    private Figures flagCorrections() {
        return table("flag-corrections", "How often hate flags were corrected",
                     List.of("flaggedCases", "casesCorrected", "corrections", "correctedPercent"), """
                SELECT flagged, corrected, corrections, round(100.0 * corrected / nullif(flagged, 0), 1)
                FROM (SELECT count(*) FILTER (WHERE jsonb_array_length(state->'flaggedStrands') > 0
                                                 OR (state->>'flagCorrections')::int > 0) AS flagged,
                             count(*) FILTER (WHERE (state->>'flagCorrections')::int > 0) AS corrected,
                             coalesce(sum((state->>'flagCorrections')::int), 0) AS corrections
                      FROM case_state) t""");
    }

    private Figures timeToFirstVictimContact() {
        return table("time-to-first-victim-contact", "Hours from report to first victim contact",
                     List.of("cases", "medianHours", "p90Hours"), """
                SELECT count(*),
                       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY hours)::numeric, 1),
                       round(percentile_cont(0.9) WITHIN GROUP (ORDER BY hours)::numeric, 1)
                FROM (SELECT extract(epoch FROM (state->>'firstVictimUpdateAt')::timestamptz
                                                - (state->>'reportedAt')::timestamptz) / 3600.0 AS hours
                      FROM case_state
                      WHERE state->>'firstVictimUpdateAt' IS NOT NULL AND state->>'reportedAt' IS NOT NULL) t""");
    }

    /** Whether the perception question was asked, of reports by the channel they came in on and by team. */
    private Figures perceptionQuestionAsked() {
        return table("perception-question-asked",
                     "How often the perception question was asked, by channel and by team",
                     List.of("by", "channelOrTeam", "reports", "asked", "notAsked", "couldNotAnswer",
                             "askedPercent"), """
                SELECT dimension, value, count(*),
                       count(*) FILTER (WHERE asked = 'ASKED'),
                       count(*) FILTER (WHERE asked = 'NOT_ASKED'),
                       count(*) FILTER (WHERE asked = 'COULD_NOT_ANSWER'),
                       round(100.0 * count(*) FILTER (WHERE asked = 'ASKED') / count(*), 1)
                FROM (SELECT 'CHANNEL' AS dimension, coalesce(state->>'channel', 'UNKNOWN') AS value,
                             state->>'perceptionAsked' AS asked
                      FROM case_state WHERE state->>'perceptionAsked' IS NOT NULL
                      UNION ALL
                      SELECT 'TEAM', coalesce(state->>'teamId', 'UNALLOCATED'), state->>'perceptionAsked'
                      FROM case_state WHERE state->>'perceptionAsked' IS NOT NULL) answers
                GROUP BY 1, 2 ORDER BY 1, 2""");
    }

    /** Victims in more than one case, and the cases case-service identified as those of a repeat victim. */
    private Figures repeatVictims() {
        return table("repeat-victims", "Repeat victims",
                     List.of("victims", "repeatVictims", "casesOfRepeatVictims", "casesIdentifiedAsRepeat"), """
                SELECT count(*), count(*) FILTER (WHERE cases > 1),
                       coalesce(sum(cases) FILTER (WHERE cases > 1), 0),
                       (SELECT count(*) FROM case_state WHERE (state->>'repeatVictim')::boolean)
                FROM (SELECT state->>'victimSubjectId' AS victim, count(*) AS cases FROM case_state
                      WHERE state->>'victimSubjectId' IS NOT NULL GROUP BY 1) victims""");
    }

    /** Victims' Code duties met on time, met late, and overdue and still not met. */
    private Figures victimsCodeCompliance() {
        return table("victims-code-compliance", "Victims' Code compliance: updates and referrals",
                     List.of("duty", "onTime", "late", "overdue"), """
                SELECT 'VICTIM_UPDATE', coalesce(sum((state->>'updatesOnTime')::int), 0),
                       coalesce(sum((state->>'updatesLate')::int), 0),
                       coalesce(sum(jsonb_array_length(coalesce(state->'overdueDuties', '[]'::jsonb))), 0)
                FROM case_state
                UNION ALL
                SELECT 'REFERRAL', coalesce(sum((state->>'referralsOnTime')::int), 0),
                       coalesce(sum((state->>'referralsLate')::int), 0),
                       coalesce(sum(jsonb_array_length(coalesce(state->'overdueReferralDuties', '[]'::jsonb))), 0)
                FROM case_state""");
    }

    private Figures table(String name, String title, List<String> columns, String sql) {
        List<List<Object>> rows = jdbc.sql(sql).query((rs, row) -> {
            List<Object> values = new ArrayList<>(columns.size());
            for (int i = 1; i <= columns.size(); i++) {
                values.add(rs.getObject(i));
            }
            return (List<Object>) values;
        }).list();
        return new Figures(name, title, columns, rows);
    }
}
