package uk.police.hcir.systemtests.reliability.harness;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Timing of a fault against the load: when to inject it, and holding it for a while. */
public final class Faults {

    private Faults() {
    }

    /** Waits until the given share of the load's reports has been sent. */
    public static void awaitShareSent(ReportLoad load, LoadProfile profile, double share) {
        int reports = (int) Math.ceil(profile.reports() * share);
        await("a share of " + share + " of the load sent").atMost(profile.duration().plusSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> load.sent() >= reports);
    }

    /**
     * Holds a fault open for the given time while checking, every second, something that must stay true
     * throughout (such as intake accepting reports).
     */
    public static void hold(Duration duration, String invariant, Callable<Boolean> holds) {
        await(invariant).during(duration).atMost(duration.plusSeconds(10)).pollInterval(Duration.ofSeconds(1))
                .until(holds);
    }

    /** Holds a fault open for the given time. */
    public static void hold(Duration duration) {
        hold(duration, "the fault is held", () -> true);
    }
}
