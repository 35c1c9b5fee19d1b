package uk.police.hcir.cases.summary.query;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The queues and searches officers, supervisors and coordinators work from. */
@Component
public class CaseSummaries {

    private final JdbcClient jdbc;

    CaseSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CaseSummary> find(String caseId) {
        return jdbc.sql("SELECT * FROM case_summary WHERE case_id = ?").param(caseId).query(this::summary).optional();
    }

    public List<CaseSummary> search(CaseSearch search) {
        List<String> where = new ArrayList<>(List.of("TRUE"));
        Map<String, Object> parameters = new LinkedHashMap<>();
        addIf(search.reference(), "report_reference = :reference", "reference", where, parameters);
        addIf(search.victimSubjectId(), "victim_subject_id = :victim", "victim", where, parameters);
        addIf(search.strand(), ":strand = ANY(perceived_strands)", "strand", where, parameters);
        addIf(search.status(), "status = :status", "status", where, parameters);
        addIf(search.officerId(), "officer_id = :officer", "officer", where, parameters);
        addIf(search.teamId(), "team_id = :team", "team", where, parameters);
        addIf(ts(search.reportedFrom()), "reported_at >= :from", "from", where, parameters);
        addIf(ts(search.reportedTo()), "reported_at < :to", "to", where, parameters);
        parameters.put("limit", search.limit());
        parameters.put("offset", search.offset());
        return jdbc.sql("SELECT * FROM case_summary WHERE " + String.join(" AND ", where)
                                + " ORDER BY reported_at DESC, case_id LIMIT :limit OFFSET :offset")
                   .params(parameters)
                   .query(this::summary)
                   .list();
    }

    /**
     * The supervisor's queue: high-risk cases not yet reviewed by a supervisor, recording decisions overdue, and
     * risk reviews overdue, most urgent first.
     */
    public List<CaseSummary> supervisorQueue(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT * FROM case_summary
                        WHERE status = 'OPEN'
                          AND (supervisor_review_due IS NOT NULL
                               OR (decision IS NULL AND (decision_overdue OR decision_due < :now))
                               OR risk_review_overdue OR (risk_review_due IS NOT NULL AND risk_review_due < :now))
                        ORDER BY LEAST(COALESCE(supervisor_review_due, 'infinity'),
                                       CASE WHEN decision IS NULL THEN decision_due ELSE 'infinity' END,
                                       COALESCE(risk_review_due, 'infinity')), case_id
                        LIMIT :limit""")
                   .param("now", Timestamp.from(now))
                   .param("limit", limit)
                   .query(this::summary)
                   .list();
    }

    private static void addIf(Object value, String condition, String name, List<String> where,
                              Map<String, Object> parameters) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            where.add(condition);
            parameters.put(name, value);
        }
    }

    private CaseSummary summary(ResultSet rs, int row) throws SQLException {
        return new CaseSummary(
                rs.getString("case_id"), rs.getString("report_reference"), rs.getString("channel"),
                rs.getString("status"), instant(rs, "reported_at"), instant(rs, "opened_at"),
                rs.getString("victim_subject_id"), rs.getBoolean("repeat_victim"),
                rs.getBoolean("hostility_perceived"), strings(rs.getArray("perceived_strands")),
                rs.getArray("flags") == null ? null : strings(rs.getArray("flags")), rs.getBoolean("online_flag"),
                rs.getInt("flag_corrections"), rs.getString("decision"), instant(rs, "decision_due"),
                rs.getBoolean("decision_overdue"), instant(rs, "decided_at"), rs.getString("offence_group"),
                rs.getString("crime_number"), rs.getString("risk_level"), instant(rs, "risk_review_due"),
                rs.getBoolean("risk_review_overdue"), instant(rs, "supervisor_review_due"),
                rs.getBoolean("supervisor_review_overdue"), rs.getString("officer_id"), rs.getString("team_id"),
                (Integer) rs.getObject("outcome_type"), instant(rs, "closed_at"), rs.getString("merged_into"),
                instant(rs, "last_change_at"), rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
