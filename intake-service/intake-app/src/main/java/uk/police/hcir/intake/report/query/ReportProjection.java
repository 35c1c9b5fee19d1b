package uk.police.hcir.intake.report.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.police.hcir.intake.events.ReportLinkedAsDuplicate;
import uk.police.hcir.intake.events.ReportReceived;
import uk.police.hcir.intake.events.ReportWithdrawn;
import uk.police.hcir.intake.report.command.ReportDetailsRecorded;
import uk.police.hcir.platform.eventcontract.EventContractAutoConfiguration;

/** Every report as officers and partners look it up, its personal data still sealed. */
@Component
@ProcessingGroup("report-lookup")
class ReportProjection {

    private final JdbcClient jdbc;
    private final ObjectMapper json = EventContractAutoConfiguration.eventObjectMapper();

    ReportProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ReportReceived event) throws JsonProcessingException {
        jdbc.sql("""
                 INSERT INTO report (report_id, reference, channel, received_at, status, partner_centre_id,
                                     partner_reference, victim_subject_id, received)
                 VALUES (:id, :reference, :channel, :receivedAt, 'RECEIVED', :centre, :centreReference, :victim,
                         CAST(:received AS jsonb))
                 ON CONFLICT (report_id) DO NOTHING""")
            .param("id", event.reportId())
            .param("reference", event.reference())
            .param("channel", event.channel())
            .param("receivedAt", Timestamp.from(event.receivedAt()))
            .param("centre", event.partner() == null ? null : event.partner().centreId())
            .param("centreReference", event.partner() == null ? null : event.partner().centreReference())
            .param("victim", event.victim() == null ? null : event.victim().subjectId())
            .param("received", json.writeValueAsString(event))
            .update();
    }

    @EventHandler
    void on(ReportDetailsRecorded event) throws JsonProcessingException {
        jdbc.sql("UPDATE report SET details = CAST(? AS jsonb) WHERE report_id = ?")
            .params(json.writeValueAsString(event), event.reportId())
            .update();
    }

    @EventHandler
    void on(ReportLinkedAsDuplicate event) {
        jdbc.sql("UPDATE report SET status = 'LINKED', linked_to = ? WHERE report_id = ?")
            .params(event.duplicateOf(), event.reportId())
            .update();
    }

    @EventHandler
    void on(ReportWithdrawn event) {
        jdbc.sql("UPDATE report SET status = 'WITHDRAWN', withdrawal_reason = ? WHERE report_id = ?")
            .params(event.reason(), event.reportId())
            .update();
    }
}
