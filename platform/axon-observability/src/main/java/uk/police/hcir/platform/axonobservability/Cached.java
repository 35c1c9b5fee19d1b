package uk.police.hcir.platform.axonobservability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** A value worked out at most once per period, so that frequent scrapes do not each query a database or broker. */
final class Cached<T> implements Supplier<T> {

    private final Supplier<T> source;
    private final Duration maxAge;
    private final Clock clock;
    private T value;
    private Instant takenAt;

    Cached(Supplier<T> source, Duration maxAge, Clock clock) {
        this.source = source;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    @Override
    public synchronized T get() {
        Instant now = clock.instant();
        if (takenAt == null || !now.isBefore(takenAt.plus(maxAge))) {
            value = source.get();
            takenAt = now;
        }
        return value;
    }
}
