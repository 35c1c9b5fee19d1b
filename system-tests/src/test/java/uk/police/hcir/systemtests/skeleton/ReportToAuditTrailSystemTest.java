package uk.police.hcir.systemtests.skeleton;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.police.hcir.deploy.local.HcirService;
import uk.police.hcir.deploy.local.LocalStack;
import uk.police.hcir.intake.support.SampleReports;
import uk.police.hcir.systemtests.support.HttpJson;
import uk.police.hcir.systemtests.support.RunningStack;
import uk.police.hcir.systemtests.support.StackIdentity;

/** A report sent to intake travels through every service and comes out as one case's audit trail. */
@Timeout(value = 6, unit = java.util.concurrent.TimeUnit.MINUTES)
class ReportToAuditTrailSystemTest {

    private static LocalStack stack;

    @BeforeAll
    static void startStack() {
        stack = RunningStack.get();
    }

    @Test
    void aReportPostedToIntakeAppearsInReportingsAuditTrailWithWhoWhenAndTheCorrelationId() {
        String correlationId = UUID.randomUUID().toString();
        Instant before = Instant.now();

        HttpJson.Response accepted = HttpJson.post(
                stack.service(HcirService.INTAKE).baseUri().resolve("/api/control-room/reports"),
                SampleReports.json(SampleReports.controlRoom()),
                StackIdentity.actingAs("ch-4711", "CALL_HANDLER", "X-Correlation-Id", correlationId));

        assertThat(accepted.status()).isEqualTo(201);
        String caseId = accepted.body().get("reportId").asText();
        String reference = accepted.body().get("reference").asText();

        JsonNode trail = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(
                () -> HttpJson.get(stack.service(HcirService.REPORTING).baseUri()
                                        .resolve("/api/cases/" + caseId + "/audit-trail"), StackIdentity.actingAs("auditor-1", "AUDITOR")).body(),
                body -> body != null && entry(body, "uk.police.hcir.case.case-opened") != null);

        JsonNode received = trail.get("entries").get(0);
        assertThat(received.get("eventType").asText()).isEqualTo("uk.police.hcir.intake.report-received");
        assertThat(received.get("sourceService").asText()).isEqualTo("/hcir/intake-service");
        assertThat(received.get("actorId").asText()).isEqualTo("ch-4711");
        assertThat(received.get("actorRole").asText()).isEqualTo("CALL_HANDLER");
        assertThat(received.get("correlationId").asText()).isEqualTo(correlationId);
        assertThat(Instant.parse(received.get("occurredAt").asText())).isAfterOrEqualTo(before.minusSeconds(1));
        assertThat(received.get("data").get("reference").asText()).isEqualTo(reference);

        JsonNode opened = entry(trail, "uk.police.hcir.case.case-opened");
        assertThat(opened.get("eventType").asText()).isEqualTo("uk.police.hcir.case.case-opened");
        assertThat(opened.get("sourceService").asText()).isEqualTo("/hcir/case-service");
        assertThat(opened.get("actorId").asText()).isEqualTo("system:case-service");
        assertThat(opened.get("actorRole").asText()).isEqualTo("SYSTEM");
        assertThat(opened.get("correlationId").asText()).isEqualTo(correlationId);
        assertThat(Instant.parse(opened.get("occurredAt").asText()))
                .isAfterOrEqualTo(Instant.parse(received.get("occurredAt").asText()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                HttpJson.get(stack.service(HcirService.VICTIM_CONTACT).baseUri().resolve("/api/cases/" + caseId), StackIdentity.actingAs("auditor-1", "AUDITOR"))
                        .status()).isEqualTo(200));
        assertThat(HttpJson.get(stack.service(HcirService.CASE).baseUri().resolve("/api/cases/" + caseId),
                                StackIdentity.actingAs("pc-2002", "OFFICER"))
                           .body().get("status").asText()).isEqualTo("OPEN");
    }

    private static JsonNode entry(JsonNode trail, String type) {
        for (JsonNode entry : trail.get("entries")) {
            if (entry.get("eventType").asText().equals(type)) {
                return entry;
            }
        }
        return null;
    }

    @Test
    void noServiceReportsUsageToItsFrameworkVendor() throws IOException {
        for (HcirService service : HcirService.values()) {
            if (service.database().isEmpty()) {
                continue;
            }
            String log = Files.readString(stack.service(service).logFile());
            assertThat(log).as("log of %s", service.serviceName())
                           .contains("opted out of the AxonIQ UpdateChecker")
                           .doesNotContain("anonymous usage data");
        }
    }

    @Test
    void noServiceStoresAnythingAsPostgresLargeObjects() throws SQLException {
        List<String> oidColumns = new ArrayList<>();
        for (HcirService service : HcirService.values()) {
            if (service.database().isEmpty()) {
                continue;
            }
            String database = service.database().get();
            try (Connection connection = DriverManager.getConnection(
                    stack.postgres().jdbcUrl(database), "postgres", "")) {
                try (ResultSet columns = connection.createStatement().executeQuery("""
                        SELECT table_name, column_name FROM information_schema.columns
                        WHERE table_schema = 'public' AND data_type = 'oid'""")) {
                    while (columns.next()) {
                        oidColumns.add(database + "." + columns.getString(1) + "." + columns.getString(2));
                    }
                }
                try (ResultSet tables = connection.createStatement().executeQuery(
                        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'domain_event_entry'")) {
                    tables.next();
                    assertThat(tables.getInt(1)).as("%s has its own event store", database).isEqualTo(1);
                }
                try (ResultSet largeObjects = connection.createStatement().executeQuery(
                        "SELECT count(*) FROM pg_largeobject_metadata")) {
                    largeObjects.next();
                    assertThat(largeObjects.getInt(1)).as("large objects in %s", database).isZero();
                }
            }
        }
        assertThat(oidColumns).isEmpty();
    }
}
