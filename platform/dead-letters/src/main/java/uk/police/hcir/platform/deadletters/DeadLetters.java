package uk.police.hcir.platform.deadletters;

import java.util.List;

/**
 * A service's dead letters.
 *
 * @param service   the service holding them
 * @param sequences the dead-lettered sequences, oldest first
 * @param truncated whether there were more than could be listed
 */
public record DeadLetters(String service, List<DeadLetterSequence> sequences, boolean truncated) {
}
