package uk.police.hcir.systemtests.benchmark;

import java.util.Locale;

/**
 * How big a run is. {@code smoke} only proves that every phase works and every figure comes out; {@code norfolk}
 * sends a year of Norfolk's reports and holds ten of its years in the store; {@code national} holds 5 million events,
 * about two years of national volume. Each count can be overridden by {@code -Dhcir.benchmark.<name>=}.
 *
 * @param name              the size's name
 * @param throughputReports reports sent as fast as the stack takes them, for sustained throughput
 * @param latencySeconds    seconds of load at {@link #LATENCY_RATE} reports a second, for end-to-end latency
 * @param storeEvents       events in the audit store for the rebuild and timeline figures
 * @param timelineSamples   case timelines loaded for the timeline figure
 * @param concurrency       reports in flight at once during the throughput phase
 * @param reportsPerYear    the volume the reports are drawn from, which spreads their incidents over time
 */
public record BenchmarkSize(String name, int throughputReports, int latencySeconds, long storeEvents,
                            int timelineSamples, int concurrency, int reportsPerYear) {

    public static final int LATENCY_RATE = 50;

    public static BenchmarkSize named(String name) {
        BenchmarkSize size = switch (name.toLowerCase(Locale.ROOT)) {
            case "smoke" -> new BenchmarkSize("smoke", 40, 2, 20_000, 40, 8, Workload.NORFOLK_REPORTS_A_YEAR);
            case "norfolk" -> new BenchmarkSize("norfolk", Workload.NORFOLK_REPORTS_A_YEAR, 30, 250_000, 300, 32,
                                                Workload.NORFOLK_REPORTS_A_YEAR);
            case "national" -> new BenchmarkSize("national", 4_000, 30, 5_000_000, 500, 48,
                                                 Workload.NATIONAL_REPORTS_A_YEAR);
            default -> throw new IllegalArgumentException("No benchmark size " + name
                                                          + "; use smoke, norfolk or national");
        };
        return new BenchmarkSize(size.name,
                                 Integer.getInteger("hcir.benchmark.throughput-reports", size.throughputReports),
                                 Integer.getInteger("hcir.benchmark.latency-seconds", size.latencySeconds),
                                 Long.getLong("hcir.benchmark.store-events", size.storeEvents),
                                 Integer.getInteger("hcir.benchmark.timeline-samples", size.timelineSamples),
                                 Integer.getInteger("hcir.benchmark.concurrency", size.concurrency),
                                 size.reportsPerYear);
    }

    public static BenchmarkSize configured() {
        return named(System.getProperty("hcir.benchmark.size", "smoke"));
    }
}
