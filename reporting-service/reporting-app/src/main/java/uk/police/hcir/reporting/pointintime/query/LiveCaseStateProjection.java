package uk.police.hcir.reporting.pointintime.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.UnknownSerializedType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.police.hcir.platform.eventcontract.EventContractAutoConfiguration;
import uk.police.hcir.platform.eventcontract.EventTypeDescriptor;
import uk.police.hcir.platform.eventcontract.EventTypeRegistry;
import uk.police.hcir.reporting.pointintime.CaseState;
import uk.police.hcir.reporting.pointintime.CaseStateFold;

/** Each case as it stands now, kept live as events arrive, each event applied once. */
@Component
@ProcessingGroup(LiveCaseStateProjection.PROCESSING_GROUP)
class LiveCaseStateProjection {

    static final String PROCESSING_GROUP = "case-state";

    private final JdbcClient jdbc;
    private final EventTypeRegistry registry;
    private final ObjectMapper json = EventContractAutoConfiguration.eventObjectMapper();

    LiveCaseStateProjection(JdbcClient jdbc, EventTypeRegistry registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) throws JsonProcessingException {
        if (!(message instanceof DomainEventMessage<?> domainEvent)) {
            return;
        }
        int fresh = jdbc.sql("INSERT INTO case_state_applied (event_id) VALUES (?) ON CONFLICT DO NOTHING")
                        .param(message.getIdentifier()).update();
        if (fresh == 0) {
            return;
        }
        String caseId = domainEvent.getAggregateIdentifier();
        CaseState current = jdbc.sql("SELECT state::text FROM case_state WHERE case_id = ? FOR UPDATE")
                                .param(caseId)
                                .query((rs, row) -> rs.getString(1)).optional()
                                .map(this::read).orElse(CaseState.empty(caseId));
        CaseState next = CaseStateFold.apply(current, typeOf(payload),
                                             message.getTimestamp().truncatedTo(ChronoUnit.MICROS), dataOf(payload));
        jdbc.sql("""
                 INSERT INTO case_state (case_id, state, last_event_at) VALUES (?, CAST(? AS jsonb), ?)
                 ON CONFLICT (case_id) DO UPDATE SET state = EXCLUDED.state, last_event_at = EXCLUDED.last_event_at""")
            .param(caseId).param(json.writeValueAsString(next)).param(Timestamp.from(next.lastEventAt()))
            .update();
    }

    private CaseState read(String text) {
        try {
            return json.readValue(text, CaseState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String typeOf(Object payload) {
        if (payload instanceof UnknownSerializedType unknown) {
            return unknown.serializedType().getName();
        }
        return registry.describe(payload.getClass()).map(EventTypeDescriptor::typeName)
                       .orElse(payload.getClass().getName());
    }

    private JsonNode dataOf(Object payload) {
        if (payload instanceof UnknownSerializedType unknown) {
            return unknown.readData(JsonNode.class);
        }
        return json.valueToTree(payload);
    }
}
