package uk.police.hcir.portal.deadletters;

import java.time.Instant;

/** One dead-lettered sequence of a service's processing group, as the service lists it. */
public record DeadLetter(String processingGroup,
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
