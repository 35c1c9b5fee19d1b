package uk.police.hcir.platform.deadletters;

/**
 * What became of a retry.
 *
 * @param service         the service that retried
 * @param processingGroup the processing group retried
 * @param sequenceId      the sequence retried, or null when every sequence of the group was
 * @param retried         sequences whose events were all handled, and that left the queue
 * @param failedAgain     sequences that failed again and stay dead-lettered
 * @param remaining       sequences still dead-lettered in the group afterwards
 */
public record RetryResult(String service, String processingGroup, String sequenceId, int retried, int failedAgain,
                          int remaining) {
}
