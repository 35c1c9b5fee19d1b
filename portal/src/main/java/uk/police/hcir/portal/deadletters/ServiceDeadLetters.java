package uk.police.hcir.portal.deadletters;

import java.util.List;
import uk.police.hcir.portal.services.BackendService;

/**
 * One service's dead letters, or why they could not be read.
 *
 * @param service   the service
 * @param sequences its dead-lettered sequences, oldest first
 * @param truncated whether it holds more than it listed
 * @param failure   why the service could not be asked, or null
 */
public record ServiceDeadLetters(BackendService service, List<DeadLetter> sequences, boolean truncated,
                                 String failure) {

    public static ServiceDeadLetters unavailable(BackendService service, String failure) {
        return new ServiceDeadLetters(service, List.of(), false, failure);
    }

    public boolean available() {
        return failure == null;
    }
}
