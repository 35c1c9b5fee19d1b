package uk.police.hcir.intake.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.police.hcir.intake.support.IntakeApi.as;
import static uk.police.hcir.intake.support.SampleReports.part;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.hcir.intake.support.IntakeApi;
import uk.police.hcir.intake.support.IntakeApi.Response;
import uk.police.hcir.intake.support.IntakeIntegrationTest;
import uk.police.hcir.intake.support.SampleReports;

@IntakeIntegrationTest
class ReportChannelsTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    IntakeApi api;

    @BeforeEach
    void setUp() {
        api = new IntakeApi(http);
    }

    @Test
    void aCallHandlersReportGetsAReferenceAtOnceAndIsStoredWithoutPersonalDataInClear() {
        Response response = api.post("/api/control-room/reports", SampleReports.controlRoom(),
                                     as("ch-1001", "CALL_HANDLER"));

        assertThat(response.status()).isEqualTo(201);
        String reportId = response.body().get("reportId").asText();
        assertThat(response.body().get("reference").asText()).matches("HC-\\d{4}-\\d{6}");
        assertThat(response.headers().getLocation()).hasPath("/api/reports/" + reportId);

        List<String> stored = jdbc.sql("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                                               + "WHERE aggregate_identifier = ?").param(reportId)
                                  .query(String.class).list();
        assertThat(stored).hasSize(2);
        assertThat(String.join("\n", stored))
                .contains("\"channel\":\"CONTROL_ROOM\"", "\"strands\":[\"RELIGION\",\"RACE\"]", "\"grade\":\"PRIORITY\"")
                .doesNotContain("Amira", "Hussain", "07700", "Rosary", "hijab", "headscarf", "Prince of Wales",
                                "grey hoodie", "1991-04-12", "example.org");
    }

    @Test
    void anOfficerReadsTheReportWithItsPersonalDataOpened() {
        String reportId = api.post("/api/control-room/reports", SampleReports.controlRoom(),
                                   as("ch-1001", "CALL_HANDLER")).body().get("reportId").asText();

        Response view = await().atMost(Duration.ofSeconds(30)).until(
                () -> api.get("/api/reports/" + reportId, as("pc-2002", "OFFICER")), r -> r.status() == 200);

        JsonNode report = view.body().get("report");
        assertThat(view.body().get("channel").asText()).isEqualTo("CONTROL_ROOM");
        assertThat(report.at("/victim/contactDetailsSealed/name").asText()).isEqualTo("Amira Hussain");
        assertThat(report.at("/perception/ownWordsSealed").asText()).isEqualTo("They went for me because I wear a hijab.");
        assertThat(report.at("/incident/wordsUsedSealed").asText()).isEqualTo("Go back to where you came from");
        assertThat(report.at("/details/suspects/0/descriptionSealed/description").asText())
                .isEqualTo("White man, about 30, grey hoodie");
        assertThat(api.get("/api/reports/" + reportId, Map.of()).status()).isEqualTo(401);
    }

    @Test
    void aControlRoomReportWithoutAPerceptionAnswerIsRefusedAndNothingIsStored() {
        long before = eventCount();
        Map<String, Object> report = SampleReports.controlRoom();
        report.remove("perception");

        Response response = api.post("/api/control-room/reports", report, as("ch-1001", "CALL_HANDLER"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers().getContentType()).hasToString("application/problem+json");
        assertThat(response.body().get("type").asText()).isEqualTo("https://hcir.police.uk/problems/invalid-request");
        assertThat(response.body().at("/errors/0/field").asText()).isEqualTo("perception");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void thePerceptionQuestionNotAskedNeedsAReasonAndHostilityNeedsWhoAndWhichStrands() {
        Map<String, Object> notAsked = SampleReports.controlRoom();
        part(notAsked, "perception").put("asked", "NOT_ASKED");
        part(notAsked, "perception").remove("hostilityPerceived");
        Map<String, Object> noStrands = SampleReports.controlRoom();
        part(noStrands, "perception").put("strands", List.of());
        part(noStrands, "perception").put("perceivedBy", List.of());

        Response refusedNotAsked = api.post("/api/control-room/reports", notAsked, as("ch-1001", "CALL_HANDLER"));
        Response refusedNoStrands = api.post("/api/control-room/reports", noStrands, as("ch-1001", "CALL_HANDLER"));

        assertThat(refusedNotAsked.status()).isEqualTo(400);
        assertThat(refusedNotAsked.body().get("errors").toString()).contains("perception.notAskedReason");
        assertThat(refusedNoStrands.status()).isEqualTo(400);
        assertThat(refusedNoStrands.body().get("errors").toString())
                .contains("perception.perceivedBy", "perception.strands");
    }

    @Test
    void anUnknownStrandAndAFutureDateAreRefusedByField() {
        Map<String, Object> report = SampleReports.controlRoom();
        part(report, "perception").put("strands", List.of("RACE", "ASTROLOGICAL_SIGN"));
        part(report, "incident").put("occurredFrom", "2999-01-01T00:00:00Z");
        part(report, "incident").remove("occurredTo");

        Response response = api.post("/api/control-room/reports", report, as("ch-1001", "CALL_HANDLER"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").toString())
                .contains("perception.strands[1]", "incident.occurredFrom", "must not be in the future");
    }

    @Test
    void aLocallyRecordedStrandIsAccepted() {
        Map<String, Object> report = SampleReports.controlRoom();
        part(report, "perception").put("strands", List.of("ALTERNATIVE_SUBCULTURE"));

        assertThat(api.post("/api/control-room/reports", report, as("ch-1001", "CALL_HANDLER")).status())
                .isEqualTo(201);
    }

    @Test
    void theControlRoomChannelIsForCallHandlersAndItsReportsNeedThrive() {
        Map<String, Object> withoutThrive = SampleReports.controlRoom();
        withoutThrive.remove("thrive");

        assertThat(api.post("/api/control-room/reports", SampleReports.controlRoom(), as("v-1", "VICTIM_CARE"))
                      .status()).isEqualTo(403);
        assertThat(api.post("/api/control-room/reports", SampleReports.controlRoom(), Map.of()).status())
                .as("nobody signed in").isEqualTo(401);
        Response refused = api.post("/api/control-room/reports", withoutThrive, as("ch-1001", "CALL_HANDLER"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").toString()).contains("thrive");
    }

    @Test
    void aMemberOfThePublicReportsOnlineAnonymouslyWithoutSigningIn() {
        Response response = api.post("/api/online/reports", SampleReports.online(), Map.of());

        assertThat(response.status()).isEqualTo(201);
        String payload = jdbc.sql("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                                          + "WHERE aggregate_identifier = ? AND sequence_number = 0")
                             .param(response.body().get("reportId").asText()).query(String.class).single();
        assertThat(payload).contains("\"channel\":\"ONLINE\"", "\"anonymous\":true", "\"policeContact\":\"FULLY_ANONYMOUS\"");
    }

    @Test
    void anAnonymousVictimCannotAlsoBeNamed() {
        Map<String, Object> report = SampleReports.online();
        part(report, "victim").put("name", "Named Person");

        Response response = api.post("/api/online/reports", report, Map.of());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().at("/errors/0/field").asText()).isEqualTo("victim");
    }

    @Test
    void aReportingCentreReportsWithItsOwnCredentialAndSeesOnlyItsOwnSubmissions() {
        String centreReference = "SHIN/" + UUID.randomUUID().toString().substring(0, 8);

        Response unauthenticated = api.post("/api/partner/reports", SampleReports.partner(centreReference), Map.of());
        Response wrongCredential = api.post("/api/partner/reports", SampleReports.partner(centreReference),
                                            Map.of("Authorization", "Bearer not-the-credential-of-any-centre"));
        Response accepted = api.post("/api/partner/reports", SampleReports.partner(centreReference), IntakeApi.partner());

        assertThat(unauthenticated.status()).isEqualTo(401);
        assertThat(wrongCredential.status()).isEqualTo(401);
        assertThat(accepted.status()).isEqualTo(201);
        String payload = jdbc.sql("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                                          + "WHERE aggregate_identifier = ? AND sequence_number = 0")
                             .param(accepted.body().get("reportId").asText()).query(String.class).single();
        assertThat(payload).contains("\"centreId\":\"test-centre\"", "\"centreReference\":\"" + centreReference + "\"",
                                     "\"policeContact\":\"IDENTIFIED_NO_POLICE_CONTACT\"");

        Response status = await().atMost(Duration.ofSeconds(30)).until(
                () -> api.get("/api/partner/reports?centreReference=" + centreReference, IntakeApi.partner()), r -> r.status() == 200);
        assertThat(status.body().get("reference").asText()).isEqualTo(accepted.body().get("reference").asText());
        assertThat(status.body().get("status").asText()).isEqualTo("RECEIVED");
        assertThat(api.get("/api/partner/reports?centreReference=SOMEONE-ELSES", IntakeApi.partner()).status()).isEqualTo(404);
    }

    @Test
    void anOfficerRaisesAReport() {
        Response response = api.post("/api/officer/reports", SampleReports.officer(), as("pc-2002", "OFFICER"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(api.post("/api/officer/reports", SampleReports.officer(), as("ch-1", "CALL_HANDLER")).status())
                .isEqualTo(403);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstReportAndCreatesNoOther() {
        String key = "retry-" + UUID.randomUUID();
        Map<String, String> headers = new java.util.HashMap<>(as("ch-1001", "CALL_HANDLER"));
        headers.put("Idempotency-Key", key);
        Map<String, Object> report = SampleReports.controlRoom();

        Response first = api.post("/api/control-room/reports", report, headers);
        Response retry = api.post("/api/control-room/reports", report, headers);
        part(report, "incident").put("whatHappened", "A different account");
        Response reused = api.post("/api/control-room/reports", report, headers);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().getFirst("Idempotency-Replayed")).isEqualTo("true");
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?")
                       .param(first.body().get("reportId").asText()).query(Long.class).single()).isEqualTo(2);
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.body().get("type").asText()).endsWith("/idempotency-key-reused");
    }

    @Test
    void malformedJsonAndUnknownFieldsGetProblemDetailsNamingWhatIsWrong() {
        Response malformed = api.post("/api/online/reports", "{\"reporterRole\": \"VICTIM\",", Map.of());
        Map<String, Object> unknownField = SampleReports.online();
        unknownField.put("favouriteColour", "blue");
        Response unknown = api.post("/api/online/reports", unknownField, Map.of());
        Map<String, Object> badEnum = SampleReports.online();
        badEnum.put("reporterRole", "PASSER_BY");
        Response wrongValue = api.post("/api/online/reports", badEnum, Map.of());

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().get("type").asText()).endsWith("/malformed-json");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().at("/errors/0/field").asText()).isEqualTo("favouriteColour");
        assertThat(wrongValue.status()).isEqualTo(400);
        assertThat(wrongValue.body().at("/errors/0/field").asText()).isEqualTo("reporterRole");
    }

    @Test
    void controlCharactersAreRefusedButScriptAndSqlTextIsKeptAsGiven() {
        Map<String, Object> withControl = SampleReports.online();
        part(withControl, "incident").put("whatHappened", "abuse\u0007with a bell");
        Map<String, Object> withScript = SampleReports.controlRoom();
        String script = "<script>alert('x')</script>'; DROP TABLE report; --";
        part(withScript, "incident").put("wordsUsed", script);

        Response control = api.post("/api/online/reports", withControl, Map.of());
        Response kept = api.post("/api/control-room/reports", withScript, as("ch-1001", "CALL_HANDLER"));

        assertThat(control.status()).isEqualTo(400);
        assertThat(control.body().at("/errors/0/field").asText()).isEqualTo("incident.whatHappened");
        assertThat(control.body().at("/errors/0/message").asText()).contains("control characters");
        assertThat(kept.status()).isEqualTo(201);
        String reportId = kept.body().get("reportId").asText();
        JsonNode view = await().atMost(Duration.ofSeconds(30)).until(
                () -> api.get("/api/reports/" + reportId, as("pc-2002", "OFFICER")), r -> r.status() == 200).body();
        assertThat(view.at("/report/incident/wordsUsedSealed").asText()).isEqualTo(script);
        assertThat(jdbc.sql("SELECT count(*) FROM report").query(Long.class).single()).isPositive();
    }

    @Test
    void anOversizedBodyIsRefusedBeforeAnythingIsRead() {
        Map<String, Object> report = SampleReports.online();
        part(report, "incident").put("whatHappened", "x".repeat(70_000));

        Response response = api.post("/api/online/reports", report, Map.of());

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.body().get("type").asText()).endsWith("/request-too-large");
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        Response docs = api.get("/v3/api-docs", Map.of());

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("paths").toString())
                .contains("/api/control-room/reports", "/api/online/reports", "/api/partner/reports",
                          "/api/officer/reports", "/api/duplicates");
    }

    private long eventCount() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
    }
}
