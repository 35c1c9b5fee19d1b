package uk.police.hcir.systemtests.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Synthetic reports sent to intake's HTTP API, each answered report noted with the instant of its 2xx. */
final class IntakeLoad {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A report intake accepted: its id (the case id downstream) and when its 2xx arrived ({@link System#nanoTime}). */
    record Accepted(String reportId, long acceptedAtNanos, Workload.Report report) {
    }

    private final URI intake;
    private final Workload workload;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                                              .connectTimeout(Duration.ofSeconds(5))
                                              .executor(Executors.newFixedThreadPool(4, runnable -> {
                                                  Thread thread = new Thread(runnable, "benchmark-http");
                                                  thread.setDaemon(true);
                                                  return thread;
                                              }))
                                              .build();
    private final Map<Integer, AtomicInteger> refusals = new ConcurrentHashMap<>();

    IntakeLoad(URI intake, Workload workload) {
        this.intake = intake;
        this.workload = workload;
    }

    /** Sends the reports with at most so many in flight, as fast as intake answers; returns those accepted. */
    List<Accepted> asFastAsPossible(int reports, int concurrency, Consumer<Integer> progress) throws InterruptedException {
        Semaphore inFlight = new Semaphore(concurrency);
        ConcurrentLinkedQueue<Accepted> accepted = new ConcurrentLinkedQueue<>();
        AtomicInteger answered = new AtomicInteger();
        for (int i = 0; i < reports; i++) {
            inFlight.acquire();
            send(workload.next()).whenComplete((result, failure) -> {
                if (result != null) {
                    accepted.add(result);
                }
                int done = answered.incrementAndGet();
                if (done % 500 == 0) {
                    progress.accept(done);
                }
                inFlight.release();
            });
        }
        inFlight.acquire(concurrency);
        return List.copyOf(accepted);
    }

    /** Sends one report every interval, whatever became of the last, calling back as each is accepted. */
    void atFixedRate(int perSecond, Duration duration, Consumer<Accepted> onAccepted) {
        int reports = (int) (perSecond * duration.toSeconds());
        ConcurrentLinkedQueue<CompletableFuture<?>> sent = new ConcurrentLinkedQueue<>();
        CompletableFuture<Void> allSent = new CompletableFuture<>();
        AtomicInteger count = new AtomicInteger();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        try {
            ticker.scheduleAtFixedRate(() -> {
                if (count.incrementAndGet() > reports) {
                    allSent.complete(null);
                    return;
                }
                sent.add(send(workload.next()).thenAccept(result -> {
                    if (result != null) {
                        onAccepted.accept(result);
                    }
                }));
            }, 0, 1_000_000_000L / perSecond, TimeUnit.NANOSECONDS);
            allSent.join();
        } finally {
            ticker.shutdownNow();
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
    }

    Map<Integer, AtomicInteger> refusals() {
        return refusals;
    }

    private CompletableFuture<Accepted> send(Workload.Report report) {
        HttpRequest.Builder request = HttpRequest.newBuilder(intake.resolve(report.path()))
                                                 .timeout(Duration.ofSeconds(30))
                                                 .header("Content-Type", "application/json")
                                                 .header("X-Correlation-Id", UUID.randomUUID().toString())
                                                 .POST(HttpRequest.BodyPublishers.ofString(report.json()));
        report.headers().forEach(request::header);
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            long at = System.nanoTime();
            if (failure != null) {
                refusals.computeIfAbsent(0, status -> new AtomicInteger()).incrementAndGet();
                return null;
            }
            if (response.statusCode() / 100 != 2) {
                refusals.computeIfAbsent(response.statusCode(), status -> new AtomicInteger()).incrementAndGet();
                return null;
            }
            try {
                JsonNode body = JSON.readTree(response.body());
                return new Accepted(body.get("reportId").asText(), at, report);
            } catch (Exception e) {
                refusals.computeIfAbsent(-1, status -> new AtomicInteger()).incrementAndGet();
                return null;
            }
        });
    }
}
