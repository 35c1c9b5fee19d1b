package uk.police.hcir.portal.deadletters;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import uk.police.hcir.portal.services.BackendService;
import uk.police.hcir.portal.services.ServiceCallException;
import uk.police.hcir.portal.services.ServiceClients;

/** Asks each service for its dead letters, and asks one to retry a sequence, as the signed-in administrator. */
@Component
public class DeadLetterClient {

    private final ServiceClients services;

    DeadLetterClient(ServiceClients services) {
        this.services = services;
    }

    /** Every service's dead letters; a service that cannot be asked is listed with the reason, not left out. */
    public List<ServiceDeadLetters> all() {
        List<ServiceDeadLetters> all = new ArrayList<>();
        for (BackendService service : BackendService.values()) {
            try {
                Listing listing = services.client(service).get().uri("/api/dead-letters").retrieve()
                                          .body(Listing.class);
                all.add(new ServiceDeadLetters(service, listing == null || listing.sequences() == null
                        ? List.of() : listing.sequences(), listing != null && listing.truncated(), null));
            } catch (ServiceCallException | RestClientException e) {
                all.add(ServiceDeadLetters.unavailable(service, e.getMessage()));
            }
        }
        return all;
    }

    public RetryResult retry(BackendService service, String processingGroup, String sequenceId) {
        return services.client(service).post()
                       .uri("/api/dead-letters/{group}/sequences/{sequence}/retry", processingGroup, sequenceId)
                       .retrieve().body(RetryResult.class);
    }

    record Listing(String service, List<DeadLetter> sequences, boolean truncated) {
    }
}
