package uk.police.hcir.reporting.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** One rebuild as it goes: what it has done so far, and how it ended. */
final class RebuildRun {

    final String id = UUID.randomUUID().toString();
    final String projection;
    final Instant startedAt;
    final AtomicLong done = new AtomicLong();
    volatile long total = -1;
    volatile String status = "RUNNING";
    volatile Instant finishedAt;
    volatile long compared;
    volatile long differences;
    volatile String failure;

    RebuildRun(String projection, Instant startedAt) {
        this.projection = projection;
        this.startedAt = startedAt;
    }

    RebuildProgress progress(Instant now) {
        long eventsDone = done.get();
        double seconds = Math.max(0.001, Duration.between(startedAt, finishedAt == null ? now : finishedAt)
                                                 .toMillis() / 1000.0);
        double rate = eventsDone / seconds;
        Long left = total < 0 || rate == 0 ? null : Math.round(Math.max(0, total - eventsDone) / rate);
        return new RebuildProgress(id, projection, status, startedAt, finishedAt, eventsDone, total,
                                   Math.round(rate * 10) / 10.0, left, compared, differences, failure);
    }
}
