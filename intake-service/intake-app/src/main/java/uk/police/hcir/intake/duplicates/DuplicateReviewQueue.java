package uk.police.hcir.intake.duplicates;

import java.util.Arrays;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.police.hcir.intake.events.ReportLinkedAsDuplicate;
import uk.police.hcir.intake.events.ReportNotDuplicate;
import uk.police.hcir.intake.report.command.PossibleDuplicateFound;
import uk.police.hcir.platform.requestcontext.AuditMetadata;

/** The pairs of reports waiting for a person to decide whether they are one incident, and the decisions made. */
@Component
@ProcessingGroup("duplicate-review")
public class DuplicateReviewQueue {

    private final JdbcClient jdbc;

    DuplicateReviewQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PossibleDuplicateFound event, @org.axonframework.eventhandling.Timestamp java.time.Instant at) {
        jdbc.sql("""
                 INSERT INTO duplicate_candidate (report_id, candidate_id, score, matched_rules, status, flagged_at)
                 VALUES (?, ?, ?, string_to_array(?, ','), 'PENDING', ?)
                 ON CONFLICT (report_id, candidate_id) DO NOTHING""")
            .params(event.reportId(), event.candidate(), event.score(), String.join(",", event.matchedRules()),
                    java.sql.Timestamp.from(at))
            .update();
    }

    @EventHandler
    void on(ReportLinkedAsDuplicate event, EventMessage<?> message) {
        decide(event.reportId(), event.duplicateOf(), "LINKED", event.reason(), message);
    }

    @EventHandler
    void on(ReportNotDuplicate event, EventMessage<?> message) {
        decide(event.reportId(), event.candidate(), "NOT_DUPLICATE", event.reason(), message);
    }

    private void decide(String reportId, String candidate, String status, String reason, EventMessage<?> message) {
        Object by = message.getMetaData().get(AuditMetadata.ACTOR_ID);
        jdbc.sql("""
                 UPDATE duplicate_candidate SET status = ?, reason = ?, decided_at = ?, decided_by = ?
                 WHERE report_id = ? AND candidate_id = ?""")
            .params(status, reason, java.sql.Timestamp.from(message.getTimestamp()), by == null ? null : by.toString(),
                    reportId, candidate)
            .update();
    }

    public List<DuplicateCandidate> withStatus(String status) {
        return jdbc.sql("""
                        SELECT d.*, r.reference AS report_reference, c.reference AS candidate_reference
                        FROM duplicate_candidate d
                        LEFT JOIN report r ON r.report_id = d.report_id
                        LEFT JOIN report c ON c.report_id = d.candidate_id
                        WHERE d.status = ? ORDER BY d.flagged_at""")
                   .param(status)
                   .query((rs, row) -> new DuplicateCandidate(
                           rs.getString("report_id"), rs.getString("report_reference"),
                           rs.getString("candidate_id"), rs.getString("candidate_reference"),
                           rs.getDouble("score"),
                           Arrays.asList((String[]) rs.getArray("matched_rules").getArray()),
                           rs.getString("status"), rs.getTimestamp("flagged_at").toInstant(),
                           rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant(),
                           rs.getString("decided_by"), rs.getString("reason")))
                   .list();
    }
}
