package uk.police.hcir.systemtests.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.police.hcir.deploy.local.HcirService;
import uk.police.hcir.deploy.local.LocalStack;
import uk.police.hcir.intake.support.SampleReports;
import uk.police.hcir.systemtests.support.HttpJson;
import uk.police.hcir.systemtests.support.RunningStack;
import uk.police.hcir.systemtests.support.StackIdentity;

/**
 * The alert rules watch metrics the applications really publish: every application metric an alert expression
 * names is in some application's Prometheus scrape, unless the rule says the metric is still to come, and then it
 * must indeed be missing, so that the rule is marked as provided the day it arrives.
 */
@Timeout(value = 6, unit = java.util.concurrent.TimeUnit.MINUTES)
class AlertRuleMetricsSystemTest {

    private static final Path RULES = Path.of(System.getProperty("hcir.repository.root", ".."))
                                          .resolve("deploy/k8s/base/observability/prometheus-rules.yaml");
    private static final Pattern APPLICATION_METRIC =
            Pattern.compile("\\b((?:hcir|http_server|jvm|eventProcessor|hikaricp|process)_[A-Za-z0-9_]*)");
    private static final Pattern SAMPLE_NAME = Pattern.compile("(?m)^([A-Za-z_:][A-Za-z0-9_:]*)[{ ]");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static LocalStack stack;

    @BeforeAll
    static void startStack() {
        stack = RunningStack.get();
    }

    @Test
    void everyMetricTheAlertsWatchIsPublishedOrMarkedAsStillToCome() throws IOException {
        sendOneReportThroughEveryService();
        Map<String, Boolean> watched = metricsTheAlertsWatch();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            Set<String> published = publishedMetricNames();
            watched.forEach((metric, pending) -> {
                if (pending) {
                    assertThat(published).as("%s is published now: take metric_status: pending off its rules",
                                             metric).doesNotContain(metric);
                } else {
                    assertThat(published).as("metric %s, watched by an alert", metric).contains(metric);
                }
            });
        });
    }

    @Test
    void everyServiceReportsTheLagAndStateOfItsProcessorsAndItsDeadLetters() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            for (HcirService service : HcirService.values()) {
                if (service == HcirService.PORTAL) {
                    continue;
                }
                String scrape = scrape(service);
                assertThat(scrape).as(service.serviceName())
                                  .contains("hcir_processor_lag_events{")
                                  .contains("hcir_processor_segments_claimed{")
                                  .contains("hcir_dead_letters{")
                                  .contains("application=\"" + service.serviceName() + "\"");
            }
        });
    }

    private static Map<String, Boolean> metricsTheAlertsWatch() throws IOException {
        JsonNode rules = new ObjectMapper(new YAMLFactory()).readTree(RULES.toFile());
        Map<String, Boolean> watched = new LinkedHashMap<>();
        for (JsonNode group : rules.path("spec").path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                boolean pending = "pending".equals(rule.path("annotations").path("metric_status").asText());
                Matcher metric = APPLICATION_METRIC.matcher(rule.path("expr").asText());
                while (metric.find()) {
                    watched.merge(metric.group(1), pending, Boolean::logicalAnd);
                }
            }
        }
        assertThat(watched).isNotEmpty();
        return watched;
    }

    private static Set<String> publishedMetricNames() {
        Set<String> names = new HashSet<>();
        for (HcirService service : HcirService.values()) {
            Matcher sample = SAMPLE_NAME.matcher(scrape(service));
            while (sample.find()) {
                names.add(sample.group(1));
            }
        }
        Set<String> withoutSuffixes = new HashSet<>(names);
        names.forEach(name -> Arrays.asList("_bucket", "_count", "_sum", "_max").forEach(suffix -> {
            if (name.endsWith(suffix)) {
                withoutSuffixes.add(name.substring(0, name.length() - suffix.length()));
            }
        }));
        return withoutSuffixes;
    }

    private static String scrape(HcirService service) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(stack.service(service).baseUri().resolve("/actuator/prometheus"))
                               .timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("scrape of %s", service.serviceName()).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sendOneReportThroughEveryService() {
        HttpJson.Response accepted = HttpJson.post(
                stack.service(HcirService.INTAKE).baseUri().resolve("/api/control-room/reports"),
                SampleReports.json(SampleReports.controlRoom()),
                StackIdentity.actingAs("ch-4711", "CALL_HANDLER", "X-Correlation-Id", UUID.randomUUID().toString()));
        assertThat(accepted.status()).isEqualTo(201);
        String caseId = accepted.body().get("reportId").asText();
        await().atMost(Duration.ofSeconds(30)).until(
                () -> HttpJson.get(stack.service(HcirService.REPORTING).baseUri()
                                        .resolve("/api/cases/" + caseId + "/audit-trail"), StackIdentity.actingAs("auditor-1", "AUDITOR")).body(),
                body -> body != null && body.path("entries").size() >= 2);
    }
}
