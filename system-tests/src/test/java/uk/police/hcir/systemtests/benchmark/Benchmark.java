package uk.police.hcir.systemtests.benchmark;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import uk.police.hcir.deploy.local.HcirService;
import uk.police.hcir.systemtests.support.HttpJson;
import uk.police.hcir.systemtests.support.StackIdentity;

/**
 * The benchmark: starts the whole stack as the local run does, measures each figure beside its baseline, prints
 * the table and writes {@code results.json}. Phases, in order: the servers alone (start time and memory); the stack's
 * start; the raw baselines; end-to-end latency at a fixed 50 reports a second; sustained end-to-end throughput;
 * cases worked through their lifecycles; the audit store filled to its size; the case-state rebuild over it; and
 * loading single case timelines from it.
 */
public final class Benchmark {

    static final double TARGET_THROUGHPUT = 1_000;
    static final double TARGET_LATENCY_P99_MS = 500;
    static final double TARGET_REBUILD = 50_000;
    static final double TARGET_TIMELINE_P99_MS = 50;
    static final double TARGET_READY_SECONDS = 60;
    static final double TARGET_MEMORY_GIB = 3;
    private static final double GIB = 1024.0 * 1024 * 1024;

    private final BenchmarkSize size;
    private final Results results;
    private final Workload workload;

    public Benchmark(BenchmarkSize size) {
        this.size = size;
        this.results = new Results(size.name());
        this.workload = new Workload(20261129L, size.reportsPerYear(),
                                     size.throughputReports() + size.latencySeconds() * BenchmarkSize.LATENCY_RATE);
    }

    public static Path resultsFile() {
        return Path.of(System.getProperty("hcir.benchmark.results", "target/benchmark/results.json"));
    }

    public Results run() throws Exception {
        long started = System.nanoTime();
        results.detail("size", size);
        results.detail("serviceOptions", System.getProperty("hcir.benchmark.service-options", ""));
        progress("the servers alone: PostgreSQL and Kafka, started, measured and stopped");
        BenchmarkStack.InfrastructureBaseline servers = BenchmarkStack.infrastructureBaseline();
        progress("starting the stack: PostgreSQL, Kafka, four services and the portal");
        try (BenchmarkStack stack = BenchmarkStack.start(); Downstream downstream = new Downstream(stack)) {
            progress("every part ready in " + stack.readyIn().toMillis() + " ms");
            results.add(new Figure("ready", "stack ready from the run command", "s", stack.readyIn().toMillis() / 1e3,
                                   servers.ready().toMillis() / 1e3, "PostgreSQL and Kafka alone ready",
                                   TARGET_READY_SECONDS, false));
            long memory = stack.residentBytes();

            String reporting = stack.jdbcUrl(HcirService.REPORTING);
            progress("baseline: batched JDBC inserts of event-sized rows");
            int rawRows = size.name().equals("smoke") ? 5_000 : 50_000;
            double jdbcRows = Baselines.jdbcInsertRowsPerSecond(reporting, rawRows);
            progress("baseline: Kafka producer");
            double kafkaRecords = Baselines.kafkaProducerRecordsPerSecond(stack.kafkaBootstrapServers(), rawRows);
            results.detail("baseline.jdbcInsertRowsPerSecond", Math.round(jdbcRows));
            results.detail("baseline.kafkaProducerRecordsPerSecond", Math.round(kafkaRecords));
            progress("baseline: Kafka produce-to-consume latency at " + BenchmarkSize.LATENCY_RATE + "/s");
            Percentiles kafkaRoundTrip = Baselines.kafkaRoundTrip(stack.kafkaBootstrapServers(),
                                                                  BenchmarkSize.LATENCY_RATE,
                                                                  Duration.ofSeconds(Math.max(3, size.latencySeconds())));
            results.detail("baseline.kafkaRoundTrip", kafkaRoundTrip.toString());

            IntakeLoad load = new IntakeLoad(stack.uriOf(HcirService.INTAKE), workload);
            int warmUp = size.name().equals("smoke") ? 20 : 200;
            progress("warming up: " + warmUp + " reports");
            List<IntakeLoad.Accepted> warm = load.asFastAsPossible(warmUp, 8, n -> { });
            awaitDownstream(downstream, ids(warm), Duration.ofMinutes(3));

            Percentiles latency = latency(load, downstream);
            results.add(new Figure("latency.p50", "end-to-end latency p50 at 50 reports/s", "ms", latency.p50(),
                                   kafkaRoundTrip.p50(), "Kafka produce-to-consume p50", TARGET_LATENCY_P99_MS, false));
            results.add(new Figure("latency.p95", "end-to-end latency p95 at 50 reports/s", "ms", latency.p95(),
                                   kafkaRoundTrip.p95(), "Kafka produce-to-consume p95", TARGET_LATENCY_P99_MS, false));
            results.add(new Figure("latency.p99", "end-to-end latency p99 at 50 reports/s", "ms", latency.p99(),
                                   kafkaRoundTrip.p99(), "Kafka produce-to-consume p99", TARGET_LATENCY_P99_MS, false));
            memory = Math.max(memory, stack.residentBytes());

            double throughput = throughput(load, downstream);
            results.add(new Figure("throughput", "sustained end to end, every projection caught up", "reports/s",
                                   throughput, jdbcRows, "raw batched JDBC inserts, rows/s", TARGET_THROUGHPUT, true));
            results.add(new Figure("throughput.vs-kafka", "sustained end to end vs raw Kafka producer", "reports/s",
                                   throughput, kafkaRecords, "raw Kafka producer, records/s", TARGET_THROUGHPUT, true));
            memory = Math.max(memory, stack.residentBytes());
            results.add(new Figure("memory", "resident memory of the whole stack (PSS, peak sampled)", "GiB",
                                   memory / GIB, servers.residentBytes() / GIB, "PostgreSQL and Kafka alone, idle",
                                   TARGET_MEMORY_GIB, false));
            results.detail("refusedByIntake", load.refusals().toString());

            List<String> templates = new ArrayList<>();
            StoreLoader loader = new StoreLoader(reporting, templates(stack, downstream, templates));
            long already = downstream.count(HcirService.REPORTING, "SELECT count(*) FROM audit_event");
            long toLoad = Math.max(0, size.storeEvents() - already);
            progress("filling the audit store with " + toLoad + " generated events (" + already + " filed already)");
            StoreLoader.Loaded loaded = withProgress("load", () -> loader.eventsLoaded() + " of " + toLoad + " events",
                                                     () -> loader.load(toLoad, 42L));
            long storeEvents = downstream.count(HcirService.REPORTING, "SELECT count(*) FROM audit_event");
            progress("store holds " + storeEvents + " events of " + (loaded.cases()) + "+ cases, loaded at "
                     + Math.round(loaded.events() / (loaded.took().toMillis() / 1e3)) + " events/s");
            results.detail("store.events", storeEvents);
            results.detail("store.generatedCases", loaded.cases());
            results.detail("store.loadEventsPerSecond", Math.round(loaded.events() / (loaded.took().toMillis() / 1e3)));
            try (var connection = Baselines.connect(reporting); var statement = connection.createStatement()) {
                statement.execute("VACUUM ANALYZE audit_event");
            }

            timeline(stack, reporting, loaded.sampleCaseIds());
            rebuild(stack, reporting);
        }
        results.detail("benchmark.seconds", Math.round((System.nanoTime() - started) / 1e9));
        results.write(resultsFile());
        System.out.println();
        System.out.println(results.table());
        System.out.println("[benchmark] written to " + resultsFile().toAbsolutePath());
        return results;
    }

    /** Reports at a fixed rate; each one's time from intake's 2xx until its case is in both the queue and the trail. */
    private Percentiles latency(IntakeLoad load, Downstream downstream) throws Exception {
        progress("latency: " + BenchmarkSize.LATENCY_RATE + " reports/s for " + size.latencySeconds() + " s");
        Map<String, Long> pending = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
        poller.scheduleWithFixedDelay(() -> {
            try {
                if (pending.isEmpty()) {
                    return;
                }
                Set<String> ids = new HashSet<>(pending.keySet());
                Set<String> queued = downstream.inOfficersQueue(ids);
                Set<String> audited = downstream.inAuditTrail(queued);
                long now = System.nanoTime();
                for (String id : audited) {
                    Long acceptedAt = pending.remove(id);
                    if (acceptedAt != null) {
                        latencies.add((now - acceptedAt) / 1e6);
                    }
                }
            } catch (Exception e) {
                failure.set(e);
            }
        }, 0, 5, TimeUnit.MILLISECONDS);
        try {
            load.atFixedRate(BenchmarkSize.LATENCY_RATE, Duration.ofSeconds(size.latencySeconds()),
                             accepted -> pending.put(accepted.reportId(), accepted.acceptedAtNanos()));
            await("every report of the latency phase reaches the queue and the audit trail")
                    .atMost(Duration.ofMinutes(3)).until(() -> pending.isEmpty() || failure.get() != null);
        } finally {
            poller.shutdownNow();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        Percentiles percentiles = Percentiles.of(new ArrayList<>(latencies));
        progress("latency: " + percentiles);
        results.detail("latency", percentiles.toString());
        return percentiles;
    }

    /** Reports as fast as intake takes them; reports a second from the first sent until every projection has them. */
    private double throughput(IntakeLoad load, Downstream downstream) throws Exception {
        progress("throughput: " + size.throughputReports() + " reports, " + size.concurrency() + " in flight");
        long started = System.nanoTime();
        List<IntakeLoad.Accepted> accepted = load.asFastAsPossible(
                size.throughputReports(), size.concurrency(), n -> progress("throughput: " + n + " answered"));
        double sendSeconds = (System.nanoTime() - started) / 1e9;
        progress(String.format("throughput: intake accepted %d in %.1f s (%.0f/s); waiting for every projection",
                               accepted.size(), sendSeconds, accepted.size() / sendSeconds));
        awaitDownstream(downstream, ids(accepted), Duration.ofMinutes(20));
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = accepted.size() / seconds;
        results.detail("throughput.accepted", accepted.size());
        results.detail("throughput.intakeOnlyReportsPerSecond", Math.round(accepted.size() / sendSeconds));
        results.detail("throughput.seconds", Math.round(seconds * 10) / 10.0);
        results.detail("throughput.channels", channels(accepted));
        progress(String.format("throughput: %.1f reports/s end to end", rate));
        return rate;
    }

    private void awaitDownstream(Downstream downstream, List<String> ids, Duration within) {
        Set<String> remaining = Collections.newSetFromMap(new ConcurrentHashMap<>());
        remaining.addAll(ids);
        long[] lastPrint = {System.nanoTime()};
        await("every projection of every service has every report").atMost(within)
                .pollInterval(Duration.ofMillis(250)).until(() -> {
                    if (!remaining.isEmpty()) {
                        Set<String> inQueue = downstream.inOfficersQueue(remaining);
                        Set<String> done = downstream.registeredForVictimContact(
                                downstream.inAuditTrail(inQueue));
                        remaining.removeAll(done);
                    }
                    List<String> behind = remaining.isEmpty() ? downstream.processorsBehind() : List.of();
                    if (System.nanoTime() - lastPrint[0] > 5e9) {
                        lastPrint[0] = System.nanoTime();
                        progress("  waiting: " + remaining.size() + " reports not yet everywhere"
                                 + (behind.isEmpty() ? "" : "; behind: " + behind.stream().limit(4).toList()));
                    }
                    return remaining.isEmpty() && behind.isEmpty();
                });
    }

    /** Works cases through each lifecycle stage, then reads back what reporting filed for them. */
    private Map<Lifecycles.Stage, List<StoreLoader.Template>> templates(BenchmarkStack stack, Downstream downstream,
                                                                        List<String> caseIds) throws Exception {
        int perStage = size.name().equals("smoke") ? 1 : 2;
        progress("lifecycles: " + perStage + " case(s) worked to each stage, the templates of the generated store");
        IntakeLoad load = new IntakeLoad(stack.uriOf(HcirService.INTAKE), workload);
        Map<Lifecycles.Stage, List<String>> worked = new EnumMap<>(Lifecycles.Stage.class);
        for (Lifecycles.Stage stage : Lifecycles.Stage.values()) {
            for (IntakeLoad.Accepted accepted : load.asFastAsPossible(perStage, 1, n -> { })) {
                List<String> steps = Lifecycles.work(stack.uriOf(HcirService.CASE), accepted.reportId(), stage,
                                                     accepted.report().strands());
                progress("  " + stage + " " + accepted.reportId() + " " + steps);
                worked.computeIfAbsent(stage, s -> new ArrayList<>()).add(accepted.reportId());
                caseIds.add(accepted.reportId());
            }
        }
        awaitDownstream(downstream, caseIds, Duration.ofMinutes(3));
        Map<Lifecycles.Stage, List<StoreLoader.Template>> templates = StoreLoader.byStage();
        for (var entry : worked.entrySet()) {
            for (String caseId : entry.getValue()) {
                StoreLoader.Template template = StoreLoader.template(stack.jdbcUrl(HcirService.REPORTING), caseId);
                templates.computeIfAbsent(entry.getKey(), s -> new ArrayList<>()).add(template);
                results.detail("template." + entry.getKey(), template.rows().size() + " events");
            }
        }
        return templates;
    }

    /** One case's whole audit timeline over HTTP, for sampled cases, against the same query straight to the table. */
    private void timeline(BenchmarkStack stack, String reporting, List<String> sampled) throws Exception {
        List<String> caseIds = new ArrayList<>(sampled);
        Collections.shuffle(caseIds, new java.util.Random(5));
        caseIds = caseIds.subList(0, Math.min(size.timelineSamples(), caseIds.size()));
        progress("timelines: " + caseIds.size() + " cases' audit timelines");
        URI reportingUri = stack.uriOf(HcirService.REPORTING);
        for (String caseId : caseIds.subList(0, Math.min(20, caseIds.size()))) {
            HttpJson.get(reportingUri.resolve("/api/cases/" + caseId + "/audit-trail"), StackIdentity.actingAs("auditor-1", "AUDITOR"));
        }
        List<Double> latencies = new ArrayList<>();
        long events = 0;
        for (String caseId : caseIds) {
            long begun = System.nanoTime();
            HttpJson.Response response = HttpJson.get(reportingUri.resolve("/api/cases/" + caseId + "/audit-trail"), StackIdentity.actingAs("auditor-1", "AUDITOR"));
            latencies.add((System.nanoTime() - begun) / 1e6);
            if (response.status() != 200) {
                throw new IllegalStateException("Timeline of " + caseId + " answered " + response.status());
            }
            events += response.body().get("entries").size();
        }
        Percentiles http = Percentiles.of(latencies);
        Percentiles raw = Baselines.timelineQuery(reporting, caseIds);
        progress("timelines: " + http + " (the query alone: " + raw + ")");
        results.detail("timeline", http + ", " + Math.round((double) events / caseIds.size()) + " events a case");
        results.add(new Figure("timeline.p50", "one case's audit timeline p50", "ms", http.p50(), raw.p50(),
                               "the same SQL by plain JDBC, p50", TARGET_TIMELINE_P99_MS, false));
        results.add(new Figure("timeline.p99", "one case's audit timeline p99", "ms", http.p99(), raw.p99(),
                               "the same SQL by plain JDBC, p99", TARGET_TIMELINE_P99_MS, false));
    }

    /** Rebuilds reporting's case state from the whole store, against reading the store alone. */
    private void rebuild(BenchmarkStack stack, String reporting) throws Exception {
        progress("baseline: reading the whole store in the rebuild's order");
        double scan = Baselines.scanRowsPerSecond(reporting);
        progress(String.format("baseline: %.0f rows/s read", scan));
        URI reportingUri = stack.uriOf(HcirService.REPORTING);
        long begun = System.nanoTime();
        HttpJson.Response started = HttpJson.post(reportingUri.resolve("/api/rebuilds/case-state"), "{}", StackIdentity.actingAs("auditor-1", "AUDITOR"));
        if (started.status() != 202) {
            throw new IllegalStateException("The rebuild did not start: " + started.status() + " " + started.body());
        }
        URI progressUri = reportingUri.resolve("/api/rebuilds/" + started.body().get("rebuildId").asText());
        long[] lastPrint = {0};
        JsonNode finished = await("the case-state rebuild finishes").atMost(Duration.ofMinutes(30))
                .pollInterval(Duration.ofMillis(200)).until(() -> {
                    JsonNode body = HttpJson.get(progressUri, StackIdentity.actingAs("auditor-1", "AUDITOR")).body();
                    if (System.nanoTime() - lastPrint[0] > 5e9) {
                        lastPrint[0] = System.nanoTime();
                        progress("  rebuild: " + body.path("eventsDone").asLong() + " of "
                                 + body.path("eventsTotal").asLong() + " events, "
                                 + body.path("eventsPerSecond").asDouble() + "/s, "
                                 + body.path("secondsLeft").asText() + " s left");
                    }
                    return body;
                }, body -> !"RUNNING".equals(body.path("status").asText()));
        double seconds = (System.nanoTime() - begun) / 1e9;
        if (!"SWAPPED".equals(finished.path("status").asText())) {
            throw new IllegalStateException("The rebuild failed: " + finished);
        }
        double rate = finished.path("eventsDone").asLong() / seconds;
        progress(String.format("rebuild: %d events in %.1f s, %.0f events/s", finished.path("eventsDone").asLong(),
                               seconds, rate));
        results.detail("rebuild", finished.toString());
        results.add(new Figure("rebuild", "case-state rebuild over the store", "events/s", rate, scan,
                               "reading the store alone by plain JDBC, rows/s", TARGET_REBUILD, true));
    }

    private static List<String> ids(List<IntakeLoad.Accepted> accepted) {
        return accepted.stream().map(IntakeLoad.Accepted::reportId).toList();
    }

    private static Map<Workload.Channel, Long> channels(List<IntakeLoad.Accepted> accepted) {
        Map<Workload.Channel, Long> counts = new EnumMap<>(Workload.Channel.class);
        accepted.forEach(a -> counts.merge(a.report().channel(), 1L, Long::sum));
        return counts;
    }

    interface Work<T> {
        T run() throws Exception;
    }

    interface Status {
        String now();
    }

    /** Runs a long phase, printing where it has got every five seconds. */
    private static <T> T withProgress(String phase, Status status, Work<T> work) throws Exception {
        ScheduledExecutorService printer = Executors.newSingleThreadScheduledExecutor();
        printer.scheduleAtFixedRate(() -> progress("  " + phase + ": " + status.now()), 5, 5, TimeUnit.SECONDS);
        try {
            return work.run();
        } finally {
            printer.shutdownNow();
        }
    }

    static void progress(String message) {
        System.out.printf("[benchmark %tT] %s%n", System.currentTimeMillis(), message);
    }
}
