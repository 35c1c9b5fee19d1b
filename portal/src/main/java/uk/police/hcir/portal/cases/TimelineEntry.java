package uk.police.hcir.portal.cases;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** One fact in a case's history, from the audit trail: what happened, who did it, when, and why where given. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TimelineEntry(String eventType, String sourceService, Instant occurredAt, String actorId,
                            String actorRole, String reason, JsonNode data) {

    /** The event's name without its namespace: {@code motivation-recorded}. */
    public String name() {
        if (eventType == null) {
            return "";
        }
        int dot = eventType.lastIndexOf('.');
        return dot < 0 ? eventType : eventType.substring(dot + 1);
    }

    public String field(String name) {
        return data == null || data.get(name) == null || data.get(name).isNull() ? null : data.get(name).asText();
    }
}
