package uk.police.hcir.systemtests.reliability.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import uk.police.hcir.intake.support.SampleReports;
import uk.police.hcir.systemtests.support.StackIdentity;

/**
 * A steady, bounded stream of synthetic reports to intake's HTTP API, as call handlers would send them: one every
 * interval whatever became of the previous one, each with a deadline, until the profile's count has been sent.
 * Every report's outcome is recorded, so that a scenario knows exactly which reports intake accepted.
 */
public final class ReportLoad implements AutoCloseable {

    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI reports;
    private final LoadProfile profile;
    private final HttpClient http;
    private final ScheduledExecutorService scheduler;
    private final AtomicInteger sent = new AtomicInteger();
    private final Queue<Submission> outcomes = new ConcurrentLinkedQueue<>();
    private final Queue<CompletableFuture<Void>> inFlight = new ConcurrentLinkedQueue<>();
    private final CompletableFuture<Void> allSent = new CompletableFuture<>();
    private volatile ScheduledFuture<?> ticks;

    private ReportLoad(URI intake, LoadProfile profile) {
        this.reports = intake.resolve("/api/control-room/reports");
        this.profile = profile;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                              .connectTimeout(Duration.ofSeconds(5)).build();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "report-load");
            thread.setDaemon(true);
            return thread;
        });
    }

    public static ReportLoad start(URI intake, LoadProfile profile) {
        ReportLoad load = new ReportLoad(intake, profile);
        load.ticks = load.scheduler.scheduleAtFixedRate(load::sendNext, 0, profile.interval().toNanos(),
                                                        TimeUnit.NANOSECONDS);
        return load;
    }

    /** Reports sent so far. */
    public int sent() {
        return sent.get();
    }

    /** Reports intake has accepted so far. */
    public long accepted() {
        return outcomes.stream().filter(Submission::accepted).count();
    }

    /** What became of the reports answered so far. */
    public List<Submission> answeredSoFar() {
        return List.copyOf(outcomes);
    }

    public boolean isFinished() {
        return allSent.isDone() && inFlight.stream().allMatch(CompletableFuture::isDone);
    }

    /** Waits until every report has been sent and answered (or has timed out), and returns what became of each. */
    public LoadResult awaitFinished() {
        Duration bound = profile.duration().plus(REQUEST_TIMEOUT).plusSeconds(30);
        try {
            allSent.get(bound.toMillis(), TimeUnit.MILLISECONDS);
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
                             .get(REQUEST_TIMEOUT.plusSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The load did not finish within " + bound + "; " + sent() + " sent", e);
        } catch (Exception e) {
            throw new IllegalStateException("The load failed", e);
        } finally {
            close();
        }
        return new LoadResult(profile, new ArrayList<>(outcomes));
    }

    @Override
    public void close() {
        stopTicking();
        scheduler.shutdownNow();
    }

    private void stopTicking() {
        ScheduledFuture<?> scheduled = ticks;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }

    private void sendNext() {
        int sequence = sent.incrementAndGet();
        if (sequence > profile.reports()) {
            sent.decrementAndGet();
            allSent.complete(null);
            stopTicking();
            return;
        }
        Instant sentAt = Instant.now();
        long started = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(reports)
                                         .timeout(REQUEST_TIMEOUT)
                                         .header("Content-Type", "application/json")
                                         .header("Authorization",
                                                 StackIdentity.bearer("load-" + (sequence % 7), "CALL_HANDLER"))
                                         .header("X-Correlation-Id", UUID.randomUUID().toString())
                                         .POST(HttpRequest.BodyPublishers.ofString(reportNumber(sequence)))
                                         .build();
        inFlight.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                         .handle((response, failure) -> {
                             Duration latency = Duration.ofNanos(System.nanoTime() - started);
                             outcomes.add(outcomeOf(sequence, sentAt, latency, response, failure));
                             return null;
                         }));
        if (sequence == profile.reports()) {
            allSent.complete(null);
            stopTicking();
        }
    }

    /** A control room report of its own: another victim, place and account, so none looks like a duplicate. */
    @SuppressWarnings("unchecked")
    private static String reportNumber(int sequence) {
        Map<String, Object> report = SampleReports.controlRoom();
        Map<String, Object> victim = (Map<String, Object>) report.get("victim");
        victim.put("name", "Load Victim " + sequence);
        victim.put("phone", String.format("07700 9%05d", sequence));
        Map<String, Object> incident = (Map<String, Object>) report.get("incident");
        incident.put("location", sequence + " Load Street, Norwich NR" + (sequence % 9 + 1) + " " + (sequence % 9) + "AA");
        incident.put("whatHappened", "Load report " + sequence + ": abuse shouted at the victim in the street.");
        return SampleReports.json(report);
    }

    private static Submission outcomeOf(int sequence, Instant sentAt, Duration latency,
                                        HttpResponse<String> response, Throwable failure) {
        if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            Submission.Outcome outcome = cause instanceof HttpTimeoutException
                    && !(cause instanceof java.net.http.HttpConnectTimeoutException)
                    ? Submission.Outcome.TIMED_OUT : Submission.Outcome.NOT_DELIVERED;
            return new Submission(sequence, sentAt, outcome, 0, null, latency, cause.getClass().getSimpleName());
        }
        if (response.statusCode() / 100 != 2) {
            return new Submission(sequence, sentAt, Submission.Outcome.REFUSED, response.statusCode(), null, latency,
                                  null);
        }
        try {
            JsonNode body = JSON.readTree(response.body());
            return new Submission(sequence, sentAt, Submission.Outcome.ACCEPTED, response.statusCode(),
                                  body.get("reportId").asText(), latency, null);
        } catch (Exception e) {
            return new Submission(sequence, sentAt, Submission.Outcome.REFUSED, response.statusCode(), null, latency,
                                  "no report id in " + response.headers().map() + " " + response.body());
        }
    }
}
