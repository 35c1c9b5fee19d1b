package uk.police.hcir.reporting.rebuild;

import java.time.Instant;

/**
 * How far a rebuild has got.
 *
 * @param status             RUNNING, SWAPPED, FAILED, INTERRUPTED when the process running it stopped first, or
 *                           KEPT_LIVE when the rebuilt projection differed from the live one in a way a rebuild must
 *                           not overwrite, so the live one was kept
 * @param eventsDone         events folded so far
 * @param eventsTotal        events to fold (those in the audit trail when the rebuild began)
 * @param eventsPerSecond    the rate so far
 * @param secondsLeft        the time left at that rate
 * @param casesCompared      cases in both the rebuilt and the live projection, compared at the swap
 * @param differencesFromLive how many of those differed
 */
public record RebuildProgress(String rebuildId, String projection, String status, Instant startedAt,
                              Instant finishedAt, long eventsDone, long eventsTotal, double eventsPerSecond,
                              Long secondsLeft, long casesCompared, long differencesFromLive, String failure) {
}
