package uk.police.hcir.reporting.pointintime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/** What changed in a case between two instants, and the events in between that changed it. */
public record CaseChanges(String caseId, Instant from, Instant to, List<FieldChange> changes,
                          List<EventSummary> events) {

    public record FieldChange(String field, JsonNode before, JsonNode after) {
    }

    public record EventSummary(String eventId, String eventType, Instant occurredAt, String actorId, String reason) {
    }
}
