package uk.police.hcir.reporting.audit.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.UnknownSerializedType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.police.hcir.platform.eventcontract.EventContract;
import uk.police.hcir.platform.eventcontract.EventContractAutoConfiguration;
import uk.police.hcir.platform.eventcontract.EventTypeDescriptor;
import uk.police.hcir.platform.eventcontract.EventTypeRegistry;
import uk.police.hcir.platform.requestcontext.AuditMetadata;

/**
 * The audit trail: every event every service publishes, filed under its case, exactly once however often it is
 * delivered. An event of a type this service does not know yet is kept as it arrived rather than dropped.
 */
@Component
@ProcessingGroup(AuditTrailProjection.PROCESSING_GROUP)
class AuditTrailProjection {

    static final String PROCESSING_GROUP = "audit-trail";
    private static final Logger log = LoggerFactory.getLogger(AuditTrailProjection.class);

    private final JdbcClient jdbc;
    private final EventTypeRegistry registry;
    private final ObjectMapper json = EventContractAutoConfiguration.eventObjectMapper();

    AuditTrailProjection(JdbcClient jdbc, EventTypeRegistry registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) throws JsonProcessingException {
        if (!(message instanceof DomainEventMessage<?> domainEvent)) {
            log.warn("Event {} of type {} names no case; it is not part of any audit trail",
                     message.getIdentifier(), message.getPayloadType().getName());
            return;
        }
        MetaData metaData = message.getMetaData();
        jdbc.sql("""
                 INSERT INTO audit_event (event_id, case_id, source_service, event_type, revision, occurred_at,
                                          actor_id, actor_role, correlation_id, causation_id, reason, payload)
                 VALUES (:eventId, :caseId, :source, :type, :revision, :occurredAt,
                         :actorId, :actorRole, :correlationId, :causationId, :reason, CAST(:payload AS jsonb))
                 ON CONFLICT (event_id) DO NOTHING""")
            .param("eventId", message.getIdentifier())
            .param("caseId", domainEvent.getAggregateIdentifier())
            .param("source", sourceOf(payload))
            .param("type", typeOf(payload))
            .param("revision", revisionOf(payload))
            .param("occurredAt", Timestamp.from(message.getTimestamp()))
            .param("actorId", text(metaData, AuditMetadata.ACTOR_ID))
            .param("actorRole", text(metaData, AuditMetadata.ACTOR_ROLE))
            .param("correlationId", text(metaData, AuditMetadata.CORRELATION_ID))
            .param("causationId", text(metaData, AuditMetadata.CAUSATION_ID))
            .param("reason", text(metaData, AuditMetadata.REASON))
            .param("payload", json.writeValueAsString(dataOf(payload)))
            .update();
    }

    @QueryHandler
    AuditTrail handle(FindAuditTrailQuery query) {
        return new AuditTrail(query.caseId(), jdbc.sql("""
                SELECT event_id, event_type, revision, source_service, occurred_at, actor_id, actor_role,
                       correlation_id, causation_id, reason, payload::text AS payload
                FROM audit_event WHERE case_id = ? ORDER BY occurred_at, position""")
                                                   .param(query.caseId())
                                                   .query(this::entry)
                                                   .list());
    }

    private AuditEntry entry(ResultSet rs, int row) throws SQLException {
        try {
            return new AuditEntry(rs.getString("event_id"), rs.getString("event_type"), rs.getString("revision"),
                                  rs.getString("source_service"), rs.getTimestamp("occurred_at").toInstant(),
                                  rs.getString("actor_id"), rs.getString("actor_role"),
                                  rs.getString("correlation_id"), rs.getString("causation_id"),
                                  rs.getString("reason"), json.readTree(rs.getString("payload")));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String sourceOf(Object payload) {
        return registry.contractOf(payload.getClass()).map(EventContract::source).orElse("unknown");
    }

    private String typeOf(Object payload) {
        if (payload instanceof UnknownSerializedType unknown) {
            return unknown.serializedType().getName();
        }
        return registry.describe(payload.getClass()).map(EventTypeDescriptor::typeName)
                       .orElse(payload.getClass().getName());
    }

    private String revisionOf(Object payload) {
        if (payload instanceof UnknownSerializedType unknown) {
            return unknown.serializedType().getRevision();
        }
        return registry.describe(payload.getClass()).map(EventTypeDescriptor::revision).orElse(null);
    }

    private JsonNode dataOf(Object payload) {
        if (payload instanceof UnknownSerializedType unknown) {
            return unknown.readData(JsonNode.class);
        }
        return json.valueToTree(payload);
    }

    private static String text(MetaData metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }
}
