package uk.police.hcir.systemtests.reliability.harness;

import java.time.Duration;
import java.time.Instant;

/**
 * One report sent to intake and what became of it.
 *
 * @param sequence  the order it was sent in, from 1
 * @param sentAt    when it was sent
 * @param outcome   accepted (2xx), refused (any other status), timed out, or not delivered at all
 * @param status    the HTTP status, or 0 without a response
 * @param reportId  the report id intake returned, when accepted
 * @param latency   from sending to the response or failure
 * @param detail    the failure, when there is no response
 */
public record Submission(int sequence, Instant sentAt, Outcome outcome, int status, String reportId,
                         Duration latency, String detail) {

    public enum Outcome { ACCEPTED, REFUSED, TIMED_OUT, NOT_DELIVERED }

    public boolean accepted() {
        return outcome == Outcome.ACCEPTED;
    }
}
