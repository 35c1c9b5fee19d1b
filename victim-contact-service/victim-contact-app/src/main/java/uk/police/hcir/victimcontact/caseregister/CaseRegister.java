package uk.police.hcir.victimcontact.caseregister;

import java.sql.Timestamp;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.police.hcir.cases.events.CaseAllocated;
import uk.police.hcir.cases.events.CaseOpened;

/** Every case case-service has opened, as victim contact learns of it from hcir.case.v1. */
@Component
@ProcessingGroup(CaseRegister.PROCESSING_GROUP)
public class CaseRegister {

    static final String PROCESSING_GROUP = "case-register";

    private final JdbcClient jdbc;

    CaseRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CaseOpened event) {
        jdbc.sql("""
                 INSERT INTO known_case (case_id, report_reference, opened_at)
                 VALUES (:caseId, :reference, :openedAt)
                 ON CONFLICT (case_id) DO NOTHING""")
            .param("caseId", event.caseId())
            .param("reference", event.reportReference())
            .param("openedAt", Timestamp.from(event.openedAt()))
            .update();
    }

    @EventHandler
    void on(CaseAllocated event) {
        jdbc.sql("UPDATE known_case SET officer_id = ?, team_id = ? WHERE case_id = ?")
            .params(event.officerId(), event.teamId(), event.caseId())
            .update();
    }

    public Optional<KnownCase> find(String caseId) {
        return jdbc.sql("SELECT case_id, report_reference, opened_at FROM known_case WHERE case_id = ?")
                   .param(caseId)
                   .query((rs, row) -> new KnownCase(rs.getString("case_id"), rs.getString("report_reference"),
                                                     rs.getTimestamp("opened_at").toInstant()))
                   .optional();
    }
}
