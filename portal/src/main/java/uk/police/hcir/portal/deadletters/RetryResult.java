package uk.police.hcir.portal.deadletters;

/** What a service did when asked to retry: sequences handled and gone, sequences that failed again. */
public record RetryResult(String processingGroup, String sequenceId, int retried, int failedAgain, int remaining) {
}
