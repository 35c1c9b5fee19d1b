package uk.police.hcir.reporting.audit.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.UnknownSerializedType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.police.hcir.platform.eventcontract.EventContract;
import uk.police.hcir.platform.eventcontract.EventContractAutoConfiguration;
import uk.police.hcir.platform.eventcontract.EventTypeDescriptor;
import uk.police.hcir.platform.eventcontract.EventTypeRegistry;
import uk.police.hcir.platform.requestcontext.AuditMetadata;
import uk.police.hcir.reporting.integrity.ChainHashing;
import uk.police.hcir.reporting.integrity.ChainedEvent;

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

    private final Serializer eventSerializer;

    AuditTrailProjection(JdbcClient jdbc, EventTypeRegistry registry,
                         @Qualifier("eventSerializer") Serializer eventSerializer) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.eventSerializer = eventSerializer;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) throws JsonProcessingException {
        if (!(message instanceof DomainEventMessage<?> domainEvent)) {
            log.warn("Event {} of type {} names no case; it is not part of any audit trail",
                     message.getIdentifier(), message.getPayloadType().getName());
            return;
        }
        MetaData metaData = message.getMetaData();
        String caseId = domainEvent.getAggregateIdentifier();
        String dataText = json.writeValueAsString(dataOf(payload));
        ChainedEvent event = new ChainedEvent(
                message.getIdentifier(), caseId, sourceOf(payload), typeOf(payload), revisionOf(payload),
                message.getTimestamp().truncatedTo(ChronoUnit.MICROS),
                text(metaData, AuditMetadata.ACTOR_ID), text(metaData, AuditMetadata.ACTOR_ROLE),
                text(metaData, AuditMetadata.CORRELATION_ID), text(metaData, AuditMetadata.CAUSATION_ID),
                text(metaData, AuditMetadata.REASON), storedPayloadOf(message, dataText));
        jdbc.sql("INSERT INTO audit_chain_head (case_id, last_seq, chain_hash) VALUES (?, 0, ?) ON CONFLICT DO NOTHING")
            .param(caseId).param(ChainHashing.GENESIS).update();
        ChainHead head = jdbc.sql("SELECT last_seq, chain_hash FROM audit_chain_head WHERE case_id = ? FOR UPDATE")
                             .param(caseId)
                             .query((rs, row) -> new ChainHead(rs.getInt(1), rs.getString(2)))
                             .single();
        boolean known = jdbc.sql("SELECT count(*) FROM audit_event WHERE event_id = ?")
                            .param(event.eventId()).query(Long.class).single() > 0;
        if (known) {
            return;
        }
        int seq = head.lastSeq() + 1;
        String chainHash = ChainHashing.link(head.chainHash(), event);
        jdbc.sql("""
                 INSERT INTO audit_event (event_id, case_id, source_service, event_type, revision, occurred_at,
                                          actor_id, actor_role, correlation_id, causation_id, reason, payload,
                                          stored_payload, chain_seq, entry_hash, chain_hash)
                 VALUES (:eventId, :caseId, :source, :type, :revision, :occurredAt,
                         :actorId, :actorRole, :correlationId, :causationId, :reason, CAST(:payload AS jsonb),
                         :storedPayload, :seq, :entryHash, :chainHash)""")
            .param("eventId", event.eventId())
            .param("caseId", caseId)
            .param("source", event.sourceService())
            .param("type", event.eventType())
            .param("revision", event.revision())
            .param("occurredAt", Timestamp.from(event.occurredAt()))
            .param("actorId", event.actorId())
            .param("actorRole", event.actorRole())
            .param("correlationId", event.correlationId())
            .param("causationId", event.causationId())
            .param("reason", event.reason())
            .param("payload", event.storedPayload())
            .param("storedPayload", event.storedPayload())
            .param("seq", seq)
            .param("entryHash", ChainHashing.entryHash(event))
            .param("chainHash", chainHash)
            .update();
        jdbc.sql("UPDATE audit_chain_head SET last_seq = ?, chain_hash = ? WHERE case_id = ?")
            .param(seq).param(chainHash).param(caseId).update();
    }

    /**
     * The payload's JSON as it arrived, where the message still holds it in the form the event serializer wrote;
     * otherwise the JSON of the payload as read.
     */
    private String storedPayloadOf(EventMessage<?> message, String fallback) {
        try {
            SerializedObject<String> serialized = message.serializePayload(eventSerializer, String.class);
            String text = serialized.getData();
            if (text != null && !text.isBlank()) {
                json.readTree(text);
                return text;
            }
        } catch (RuntimeException | JsonProcessingException e) {
            log.debug("Payload of event {} is not available as received; storing it as read", message.getIdentifier(), e);
        }
        return fallback;
    }

    private record ChainHead(int lastSeq, String chainHash) {
    }

    @QueryHandler
    AuditTrail handle(FindAuditTrailQuery query) {
        return new AuditTrail(query.caseId(), jdbc.sql("""
                SELECT event_id, event_type, revision, source_service, occurred_at, actor_id, actor_role,
                       correlation_id, causation_id, reason, payload::text AS payload
                FROM audit_event WHERE case_id = ? ORDER BY chain_seq, position""")
                                                   .param(query.caseId())
                                                   .query(this::entry)
                                                   .list());
    }

    @QueryHandler
    CasesWithReference handle(FindCasesByReferenceQuery query) {
        return new CasesWithReference(query.reference(), jdbc.sql("""
                SELECT DISTINCT case_id FROM audit_event
                WHERE event_type IN ('uk.police.hcir.case.case-opened', 'uk.police.hcir.intake.report-received')
                  AND coalesce(payload->>'reportReference', payload->>'reference') = ?
                ORDER BY case_id""").param(query.reference()).query(String.class).list());
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
