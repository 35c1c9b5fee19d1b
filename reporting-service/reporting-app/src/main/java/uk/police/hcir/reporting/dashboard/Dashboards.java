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
                     List.of("flaggedCases", "casesCorrected", "corrections"), """
                SELECT count(*) FILTER (WHERE jsonb_array_length(state->'flaggedStrands') > 0
                                           OR (state->>'flagCorrections')::int > 0),
                       count(*) FILTER (WHERE (state->>'flagCorrections')::int > 0),
                       coalesce(sum((state->>'flagCorrections')::int), 0)
                FROM case_state""");
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
