package uk.police.hcir.portal.cases;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriBuilder;
import uk.police.hcir.portal.services.BackendService;
import uk.police.hcir.portal.services.ServiceCallException;
import uk.police.hcir.portal.services.ServiceClients;
import uk.police.hcir.portal.services.ServiceRefusedException;

/**
 * Case-service's API as the pages use it: queues, search, one case and the changes officers and supervisors make
 * to it, and the case's history from reporting-service.
 */
@Component
public class CaseApi {

    /** The most cases a queue page reads from case-service; its filters and pages work on these. */
    static final int QUEUE_LIMIT = 500;

    private static final ParameterizedTypeReference<List<CaseSummary>> CASES = new ParameterizedTypeReference<>() {
    };
    private static final Duration READ_YOUR_CHANGE = Duration.ofSeconds(5);
    private static final long READ_YOUR_CHANGE_POLL_MILLIS = 100;

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AuditTrail(List<TimelineEntry> entries) {
    }

    /** What to look for; a null criterion matches everything. */
    public record Search(String reference, String strand, String status, String officer, String team,
                         Instant reportedFrom, Instant reportedTo, int limit, int offset) {
    }

    private final ServiceClients clients;
    private final Clock clock;

    public CaseApi(ServiceClients clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    public List<CaseSummary> search(Search search) {
        return clients.client(BackendService.CASE).get()
                      .uri(uri -> {
                          UriBuilder builder = uri.path("/api/cases");
                          query(builder, "reference", search.reference());
                          query(builder, "strand", search.strand());
                          query(builder, "status", search.status());
                          query(builder, "officer", search.officer());
                          query(builder, "team", search.team());
                          query(builder, "reportedFrom", search.reportedFrom());
                          query(builder, "reportedTo", search.reportedTo());
                          return builder.queryParam("limit", search.limit())
                                        .queryParam("offset", search.offset()).build();
                      })
                      .retrieve().body(CASES);
    }

    public List<CaseSummary> supervisorQueue() {
        return clients.client(BackendService.CASE).get().uri("/api/cases/queues/supervisor").retrieve().body(CASES);
    }

    public Optional<CaseSummary> find(String caseId) {
        try {
            return Optional.ofNullable(clients.client(BackendService.CASE).get().uri("/api/cases/{id}", caseId)
                                              .retrieve().body(CaseSummary.class));
        } catch (ServiceRefusedException refused) {
            if (refused.status() == 404) {
                return Optional.empty();
            }
            throw refused;
        }
    }

    public Questionnaire questionnaire() {
        return clients.client(BackendService.CASE).get().uri("/api/risk-assessment/questionnaire").retrieve()
                      .body(Questionnaire.class);
    }

    /** The case's history, oldest first; empty when reporting-service has not seen the case yet. */
    public List<TimelineEntry> timeline(String caseId) {
        try {
            AuditTrail trail = clients.client(BackendService.REPORTING).get()
                                      .uri("/api/cases/{id}/audit-trail", caseId).retrieve().body(AuditTrail.class);
            return trail == null || trail.entries() == null ? List.of() : trail.entries();
        } catch (ServiceRefusedException refused) {
            if (refused.status() == 404) {
                return List.of();
            }
            throw refused;
        }
    }

    /**
     * Sends one change to the case ({@code action} is the path under the case, such as {@code motivation}), then
     * waits a moment for the case's summary to show it, so that the page the person sees next is current.
     */
    public void change(String caseId, String action, long expectedVersion, Map<String, Object> body) {
        Map<String, Object> withVersion = new LinkedHashMap<>(body);
        withVersion.put("expectedVersion", expectedVersion);
        clients.client(BackendService.CASE).post().uri("/api/cases/{id}/" + action, caseId)
               .contentType(MediaType.APPLICATION_JSON)
               .body(withVersion)
               .retrieve().toBodilessEntity();
        awaitSummaryAfter(caseId, expectedVersion);
    }

    private void awaitSummaryAfter(String caseId, long version) {
        Instant giveUp = clock.instant().plus(READ_YOUR_CHANGE);
        while (clock.instant().isBefore(giveUp)) {
            try {
                if (find(caseId).map(summary -> summary.version() > version).orElse(false)) {
                    return;
                }
            } catch (ServiceCallException e) {
                return;
            }
            try {
                Thread.sleep(READ_YOUR_CHANGE_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void query(UriBuilder builder, String name, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            builder.queryParam(name, value);
        }
    }
}
