package uk.police.hcir.portal.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import uk.police.hcir.portal.services.BackendService;
import uk.police.hcir.portal.services.ServiceClients;
import uk.police.hcir.portal.services.ServiceRefusedException;

/** What the reporting service holds for auditors: each case's history, state at any moment, chain and rebuilds. */
@Component
public class AuditRecords {

    private final RestClient reporting;

    public AuditRecords(ServiceClients clients) {
        this.reporting = clients.client(BackendService.REPORTING);
    }

    /** The cases opened for the report with this reference. */
    public List<String> casesWithReference(String reference) {
        JsonNode found = reporting.get().uri("/api/cases?reference={reference}", reference).retrieve()
                                  .body(JsonNode.class);
        List<String> caseIds = new java.util.ArrayList<>();
        if (found != null) {
            found.path("caseIds").forEach(id -> caseIds.add(id.asText()));
        }
        return caseIds;
    }

    public Optional<AuditTrail> auditTrail(String caseId) {
        return unlessNotFound(() -> reporting.get().uri("/api/cases/{caseId}/audit-trail", caseId).retrieve()
                                             .body(AuditTrail.class))
                .filter(trail -> trail.entries() != null && !trail.entries().isEmpty());
    }

    /** The case as it stood at the instant: every field the reporting service keeps, by its name. */
    public JsonNode stateAt(String caseId, Instant at) {
        return reporting.get().uri("/api/cases/{caseId}/state?at={at}", caseId, at.toString()).retrieve()
                        .body(JsonNode.class);
    }

    public CaseChanges changes(String caseId, Instant from, Instant to) {
        return reporting.get().uri("/api/cases/{caseId}/changes?from={from}&to={to}", caseId, from.toString(),
                                   to.toString())
                        .retrieve().body(CaseChanges.class);
    }

    public CaseVerification verify(String caseId) {
        return reporting.get().uri("/api/cases/{caseId}/integrity", caseId).retrieve()
                        .body(CaseVerification.class);
    }

    /** The audit trail as exported, with every stored payload and chain hash, exactly as the service wrote it. */
    public byte[] export(String caseId) {
        return reporting.get().uri("/api/cases/{caseId}/audit-trail/export", caseId)
                        .accept(MediaType.APPLICATION_JSON).retrieve().body(byte[].class);
    }

    public JsonNode exportDocument(String caseId) {
        return reporting.get().uri("/api/cases/{caseId}/audit-trail/export", caseId)
                        .accept(MediaType.APPLICATION_JSON).retrieve().body(JsonNode.class);
    }

    public Rebuilds rebuilds() {
        return reporting.get().uri("/api/rebuilds").retrieve().body(Rebuilds.class);
    }

    public RebuildProgress startRebuild(String projection) {
        return reporting.post().uri("/api/rebuilds/{projection}", projection).retrieve()
                        .body(RebuildProgress.class);
    }

    public Optional<RebuildProgress> rebuild(String rebuildId) {
        return unlessNotFound(() -> reporting.get().uri("/api/rebuilds/{rebuildId}", rebuildId).retrieve()
                                             .body(RebuildProgress.class));
    }

    private static <T> Optional<T> unlessNotFound(Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (ServiceRefusedException refused) {
            if (refused.status() == 404) {
                return Optional.empty();
            }
            throw refused;
        }
    }

    /** A case's history in the order the reporting service received it, which is the order of its hash chain. */
    public record AuditTrail(String caseId, List<Entry> entries) {
    }

    public record Entry(String eventId, String eventType, String revision, String sourceService, Instant occurredAt,
                        String actorId, String actorRole, String correlationId, String causationId, String reason,
                        JsonNode data) {

        /** The event type without its namespace, such as {@code case-opened}. */
        public String shortType() {
            return eventType == null ? "" : eventType.substring(eventType.lastIndexOf('.') + 1);
        }

        public String occurredText() {
            return CaseFields.time(occurredAt);
        }

        public String actorText() {
            return actorId == null ? "Not recorded" : actorId + (actorRole == null ? "" : " (" + actorRole + ")");
        }
    }

    public record CaseChanges(String caseId, Instant from, Instant to, List<FieldChange> changes,
                              List<EventSummary> events) {
    }

    public record FieldChange(String field, JsonNode before, JsonNode after) {

        public String label() {
            return CaseFields.label(field);
        }

        public String beforeText() {
            return CaseFields.value(before);
        }

        public String afterText() {
            return CaseFields.value(after);
        }
    }

    public record EventSummary(String eventId, String eventType, Instant occurredAt, String actorId, String reason) {

        public String shortType() {
            return eventType == null ? "" : eventType.substring(eventType.lastIndexOf('.') + 1);
        }
    }

    public record CaseVerification(String caseId, boolean intact, int eventsChecked, String headHash,
                                   BrokenLink firstBrokenLink) {
    }

    public record BrokenLink(int seq, String eventId, String problem, String expectedChainHash,
                             String storedChainHash) {
    }

    public record Rebuilds(List<String> projections, List<RebuildProgress> runs) {
    }

    public record RebuildProgress(String rebuildId, String projection, String status, Instant startedAt,
                                  Instant finishedAt, long eventsDone, long eventsTotal, double eventsPerSecond,
                                  Long secondsLeft, long casesCompared, long differencesFromLive, String failure) {

        public boolean running() {
            return "RUNNING".equals(status);
        }

        /** How much is done, from 0 to 100; 0 until the number of events to fold is known. */
        public int percentDone() {
            if (eventsTotal <= 0) {
                return "SWAPPED".equals(status) ? 100 : 0;
            }
            return (int) Math.min(100, eventsDone * 100 / eventsTotal);
        }
    }
}
