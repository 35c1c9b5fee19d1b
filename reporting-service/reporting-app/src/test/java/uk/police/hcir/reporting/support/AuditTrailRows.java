package uk.police.hcir.reporting.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.hcir.platform.eventcontract.EventContractAutoConfiguration;
import uk.police.hcir.platform.eventcontract.EventTypeDescriptor;

/**
 * Files events in the audit trail as the audit trail projection does, without the round trip through Kafka, for
 * tests of what is computed from the audit trail over histories too large to stream in a test's time.
 */
public final class AuditTrailRows {

    private final JdbcClient jdbc;

    public AuditTrailRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void file(String caseId, Record event, Instant at) {
        EventTypeDescriptor type = EventTypeDescriptor.of(event.getClass());
        String payload;
        try {
            payload = EventContractAutoConfiguration.eventObjectMapper().writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        jdbc.sql("""
                 INSERT INTO audit_event (event_id, case_id, source_service, event_type, revision, occurred_at,
                                          actor_id, actor_role, payload, stored_payload)
                 VALUES (?, ?, '/hcir/case-service', ?, ?, ?, 'officer-1', 'OFFICER', CAST(? AS jsonb), ?)""")
            .param(UUID.randomUUID().toString()).param(caseId).param(type.typeName()).param(type.revision())
            .param(Timestamp.from(at)).param(payload).param(payload)
            .update();
    }
}
