package uk.police.hcir.cases.summary.query;

import java.sql.Timestamp;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.police.hcir.cases.events.CaseOpened;

/** The summary of each case that officers' queues and the case page start from. */
@Component
@ProcessingGroup("case-summary")
class CaseSummaryProjection {

    private final JdbcClient jdbc;

    CaseSummaryProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CaseOpened event) {
        jdbc.sql("""
                 INSERT INTO case_summary (case_id, report_reference, status, opened_at)
                 VALUES (:caseId, :reference, 'OPEN', :openedAt)
                 ON CONFLICT (case_id) DO NOTHING""")
            .param("caseId", event.caseId())
            .param("reference", event.reportReference())
            .param("openedAt", Timestamp.from(event.openedAt()))
            .update();
    }

    @QueryHandler
    Optional<CaseSummary> handle(FindCaseSummaryQuery query) {
        return jdbc.sql("SELECT case_id, report_reference, status, opened_at FROM case_summary WHERE case_id = ?")
                   .param(query.caseId())
                   .query((rs, row) -> new CaseSummary(rs.getString("case_id"), rs.getString("report_reference"),
                                                       rs.getString("status"),
                                                       rs.getTimestamp("opened_at").toInstant()))
                   .optional();
    }
}
