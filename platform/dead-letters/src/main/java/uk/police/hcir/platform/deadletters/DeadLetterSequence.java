package uk.police.hcir.platform.deadletters;

import java.time.Instant;

/**
 * One dead-lettered sequence of a processing group: the event that failed first, and every later event of the same
 * sequence (one case), which waits behind it to keep the case's events in order.
 *
 * @param processingGroup the processing group whose handler failed
 * @param sequenceId      the sequence, as the queue stores it (for events about a case, the case id)
 * @param letters         how many events of the sequence are held
 * @param eventType       the type of the event that failed
 * @param aggregateId     the aggregate (case) the event is about, if any
 * @param causeType       the exception the handler failed with, the last time it was tried
 * @param causeMessage    its message
 * @param firstFailureAt  when the sequence was first dead-lettered
 * @param lastFailureAt   when it was last tried and failed, or enqueued
 * @param attempts        how many times handling the event has failed
 */
public record DeadLetterSequence(String processingGroup,
                                 String sequenceId,
                                 int letters,
                                 String eventType,
                                 String aggregateId,
                                 String causeType,
                                 String causeMessage,
                                 Instant firstFailureAt,
                                 Instant lastFailureAt,
                                 int attempts) {
}
