package uk.police.hcir.systemtests.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.police.hcir.deploy.local.HcirService;
import uk.police.hcir.deploy.local.LocalStack;
import uk.police.hcir.intake.support.SampleReports;
import uk.police.hcir.systemtests.support.HttpJson;
import uk.police.hcir.systemtests.support.RunningStack;
import uk.police.hcir.systemtests.support.StackIdentity;
import uk.police.hcir.systemtests.support.TraceCollector;

/**
 * One report sent to intake can be followed through every service by one trace id, in the exported traces and in
 * every service's JSON log, where each line also carries the report's correlation id.
 */
@Timeout(value = 6, unit = java.util.concurrent.TimeUnit.MINUTES)
class OneReportOneTraceSystemTest {

    private static final List<HcirService> SERVICES = List.of(HcirService.INTAKE, HcirService.CASE,
                                                              HcirService.VICTIM_CONTACT, HcirService.REPORTING);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private static LocalStack stack;
    private static TraceCollector traces;

    @BeforeAll
    static void startStack() {
        stack = RunningStack.get();
        traces = RunningStack.traces();
    }

    @Test
    void oneTraceIdSpansIntakeCaseVictimContactAndReportingForOneReport() {
        String traceId = randomHex(16);
        String caseId = reportUnderTrace(traceId, UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Set<String> services = traces.spansOfTrace(traceId).stream()
                                         .map(TraceCollector.ReceivedSpan::service)
                                         .collect(Collectors.toSet());
            assertThat(services).as("services with spans in trace %s for case %s", traceId, caseId)
                                .containsAll(SERVICES.stream().map(HcirService::serviceName).toList());
        });
        assertThat(traces.spansOfTrace(traceId))
                .as("every span but the caller's own has its parent in the trace")
                .allSatisfy(span -> assertThat(span.parentSpanId()).isNotEmpty());
    }

    @Test
    void everyServiceLogsJsonLinesWithTheReportsCorrelationIdAndTraceId() {
        String traceId = randomHex(16);
        String correlationId = UUID.randomUUID().toString();
        reportUnderTrace(traceId, correlationId);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            for (HcirService service : SERVICES) {
                List<JsonNode> lines = jsonLinesOf(service).stream()
                        .filter(line -> correlationId.equals(line.path("correlationId").asText()))
                        .toList();
                assertThat(lines).as("%s log lines with correlation id %s", service.serviceName(), correlationId)
                                 .isNotEmpty()
                                 .allSatisfy(line -> {
                                     assertThat(line.path("traceId").asText()).isEqualTo(traceId);
                                     assertThat(line.path("service").path("name").asText())
                                             .isEqualTo(service.serviceName());
                                 });
            }
        });
    }

    private static String reportUnderTrace(String traceId, String correlationId) {
        HttpJson.Response accepted = HttpJson.post(
                stack.service(HcirService.INTAKE).baseUri().resolve("/api/control-room/reports"),
                SampleReports.json(SampleReports.controlRoom()),
                StackIdentity.actingAs("ch-4711", "CALL_HANDLER", "X-Correlation-Id", correlationId,
                       "traceparent", "00-" + traceId + "-" + randomHex(8) + "-01"));
        assertThat(accepted.status()).isEqualTo(201);
        String caseId = accepted.body().get("reportId").asText();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(
                () -> HttpJson.get(stack.service(HcirService.REPORTING).baseUri()
                                        .resolve("/api/cases/" + caseId + "/audit-trail"), StackIdentity.actingAs("auditor-1", "AUDITOR")).body(),
                body -> body != null && body.path("entries").size() >= 2);
        await().atMost(Duration.ofSeconds(30)).until(
                () -> HttpJson.get(stack.service(HcirService.VICTIM_CONTACT).baseUri()
                                        .resolve("/api/cases/" + caseId), StackIdentity.actingAs("auditor-1", "AUDITOR")).status() == 200);
        return caseId;
    }

    private static List<JsonNode> jsonLinesOf(HcirService service) {
        try {
            return Files.readAllLines(stack.service(service).logFile()).stream()
                        .filter(line -> line.startsWith("{"))
                        .map(OneReportOneTraceSystemTest::parse)
                        .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("Not a JSON log line: " + line, e);
        }
    }

    private static String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
