package uk.police.hcir.intake.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.police.hcir.intake.support.IntakeApi.as;
import static uk.police.hcir.intake.support.SampleReports.part;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.hcir.intake.support.IntakeApi;
import uk.police.hcir.intake.support.IntakeIntegrationTest;
import uk.police.hcir.intake.support.SampleReports;

@IntakeIntegrationTest
class DuplicateReviewTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSameIncidentReportedOnlineAndByACentreIsQueuedForReviewAndLinkedByAPerson() {
        IntakeApi api = new IntakeApi(http);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> byVictim = SampleReports.controlRoom();
        part(byVictim, "victim").put("phone", "07700 9" + unique.hashCode() % 100_000);
        part(byVictim, "victim").put("email", unique + "@example.org");
        part(byVictim, "incident").put("location", "Flat " + unique + ", Riverside Road, Norwich");
        Map<String, Object> byCentre = SampleReports.partner("SHIN/" + unique);
        byCentre.put("victim", byVictim.get("victim"));
        byCentre.put("incident", byVictim.get("incident"));

        String first = api.post("/api/control-room/reports", byVictim, as("ch-1001", "CALL_HANDLER"))
                          .body().get("reportId").asText();
        String second = api.post("/api/partner/reports", byCentre, IntakeApi.partner()).body().get("reportId").asText();

        JsonNode pair = await().atMost(Duration.ofSeconds(30)).until(
                () -> pending(api, second, first), candidate -> candidate != null);
        assertThat(pair.get("score").asDouble()).isGreaterThanOrEqualTo(0.5);
        assertThat(pair.get("matchedRules").toString()).contains("SAME_VICTIM", "SAME_LOCATION", "SAME_TIME");

        IntakeApi.Response linked = api.post("/api/duplicates/decisions", Map.of(
                "reportId", second, "candidate", first, "decision", "LINK",
                "reason", "The centre reported the incident the victim had already called in"),
                                             as("sgt-3003", "SUPERVISOR"));
        IntakeApi.Response again = api.post("/api/duplicates/decisions", Map.of(
                "reportId", second, "candidate", first, "decision", "NOT_DUPLICATE", "reason", "changed my mind"),
                                             as("sgt-3003", "SUPERVISOR"));

        assertThat(linked.status()).isEqualTo(204);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("type").asText()).endsWith("/duplicate-already-decided");
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                                    + "AND payload_type = 'uk.police.hcir.intake.report-linked-as-duplicate'")
                       .param(second).query(Long.class).single()).isEqualTo(1);
        JsonNode decided = await().atMost(Duration.ofSeconds(30)).until(
                () -> StreamSupport.stream(api.get("/api/duplicates?status=LINKED", as("sgt-3003", "SUPERVISOR"))
                                              .body().spliterator(), false)
                                   .filter(c -> c.get("reportId").asText().equals(second))
                                   .findFirst().orElse(null),
                candidate -> candidate != null);
        assertThat(decided.get("decidedBy").asText()).isEqualTo("sgt-3003");
        assertThat(decided.get("reason").asText()).contains("already called in");
        assertThat(api.get("/api/duplicates", Map.of()).status()).isEqualTo(401);
    }

    private static JsonNode pending(IntakeApi api, String reportId, String candidate) {
        JsonNode queue = api.get("/api/duplicates?status=PENDING", as("sgt-3003", "SUPERVISOR")).body();
        return StreamSupport.stream(queue.spliterator(), false)
                            .filter(c -> c.get("reportId").asText().equals(reportId)
                                    && c.get("candidateId").asText().equals(candidate))
                            .findFirst().orElse(null);
    }
}
