package uk.police.hcir.systemtests.reliability.harness;

import java.time.Duration;

/**
 * A steady load: so many reports a second for so long. The defaults are small, so that the suite fits a two-core
 * build; {@code -Dhcir.reliability.rate=} and {@code -Dhcir.reliability.seconds=} raise them.
 *
 * @param reportsPerSecond reports sent each second
 * @param duration         how long reports are sent for
 */
public record LoadProfile(double reportsPerSecond, Duration duration) {

    public static final String RATE_PROPERTY = "hcir.reliability.rate";
    public static final String SECONDS_PROPERTY = "hcir.reliability.seconds";

    public LoadProfile {
        if (reportsPerSecond <= 0 || reportsPerSecond > 200) {
            throw new IllegalArgumentException("A rate between 0 and 200 reports a second, not " + reportsPerSecond);
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("A duration up to ten minutes, not " + duration);
        }
    }

    /** The configured load, lasting at least as long as the scenario needs to inject and clear its fault. */
    public static LoadProfile configuredAtLeast(Duration minimum) {
        double rate = Double.parseDouble(System.getProperty(RATE_PROPERTY, "5"));
        Duration configured = Duration.ofSeconds(Long.parseLong(System.getProperty(SECONDS_PROPERTY, "20")));
        return new LoadProfile(rate, configured.compareTo(minimum) >= 0 ? configured : minimum);
    }

    public int reports() {
        return (int) Math.max(1, Math.round(reportsPerSecond * duration.toMillis() / 1000.0));
    }

    public Duration interval() {
        return Duration.ofNanos(Math.round(1_000_000_000L / reportsPerSecond));
    }

    @Override
    public String toString() {
        return String.format("%.1f reports/s for %d s", reportsPerSecond, duration.toSeconds());
    }
}
