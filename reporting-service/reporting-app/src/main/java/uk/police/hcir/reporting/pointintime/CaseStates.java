package uk.police.hcir.reporting.pointintime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.police.hcir.platform.eventcontract.EventContractAutoConfiguration;

/** A case as it stood at any instant, rebuilt from its audit trail, and what changed between two instants. */
@Service
public class CaseStates {

    private final JdbcClient jdbc;
    private final ObjectMapper json = EventContractAutoConfiguration.eventObjectMapper();

    public CaseStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean known(String caseId) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE case_id = ?").param(caseId)
                   .query(Long.class).single() > 0;
    }

    /** The state after every event that occurred at or before the instant. */
    @Transactional(readOnly = true)
    public CaseState at(String caseId, Instant at) {
        CaseState state = CaseState.empty(caseId);
        for (StoredEvent event : events(caseId, Instant.MIN, at)) {
            state = CaseStateFold.apply(state, event.type(), event.occurredAt(), event.data());
        }
        return state;
    }

    /** The state the live projection holds now. */
    public Optional<CaseState> live(String caseId) {
        return jdbc.sql("SELECT state::text FROM case_state WHERE case_id = ?").param(caseId)
                   .query((rs, row) -> read(rs.getString(1))).optional();
    }

    /** What changed between two instants: the fields that differ, and the events that made them differ. */
    @Transactional(readOnly = true)
    public CaseChanges between(String caseId, Instant from, Instant to) {
        CaseState before = at(caseId, from);
        CaseState after = at(caseId, to);
        JsonNode b = json.valueToTree(before);
        JsonNode a = json.valueToTree(after);
        List<CaseChanges.FieldChange> fields = new ArrayList<>();
        a.fieldNames().forEachRemaining(name -> {
            if (!Objects.equals(b.get(name), a.get(name)) && !name.equals("eventsApplied")
                && !name.equals("lastEventAt")) {
                fields.add(new CaseChanges.FieldChange(name, b.get(name), a.get(name)));
            }
        });
        List<CaseChanges.EventSummary> events = events(caseId, from, to).stream()
                .filter(e -> e.occurredAt().isAfter(from))
                .map(e -> new CaseChanges.EventSummary(e.eventId(), e.type(), e.occurredAt(), e.actorId(),
                                                       e.reason()))
                .toList();
        return new CaseChanges(caseId, from, to, fields, events);
    }

    private List<StoredEvent> events(String caseId, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT event_id, event_type, occurred_at, actor_id, reason, payload::text
                FROM audit_event WHERE case_id = ? AND occurred_at <= ? ORDER BY occurred_at, position""")
                   .param(caseId).param(Timestamp.from(to))
                   .query((rs, row) -> new StoredEvent(rs.getString(1), rs.getString(2),
                                                       rs.getTimestamp(3).toInstant(), rs.getString(4),
                                                       rs.getString(5), tree(rs.getString(6))))
                   .list();
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CaseState read(String text) {
        try {
            return json.readValue(text, CaseState.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record StoredEvent(String eventId, String type, Instant occurredAt, String actorId, String reason,
                               JsonNode data) {
    }
}
