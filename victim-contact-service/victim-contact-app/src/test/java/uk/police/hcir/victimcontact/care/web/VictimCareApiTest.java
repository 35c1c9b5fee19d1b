package uk.police.hcir.victimcontact.care.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.police.hcir.platform.testsupport.web.ServiceApi.body;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.hcir.cases.events.CaseAllocated;
import uk.police.hcir.cases.events.CaseEventContract;
import uk.police.hcir.cases.events.CaseOpened;
import uk.police.hcir.cases.events.InvestigativeMilestoneReached;
import uk.police.hcir.cases.events.MotivationRecorded;
import uk.police.hcir.intake.events.IntakeEventContract;
import uk.police.hcir.intake.events.ReportReceived;
import uk.police.hcir.platform.personaldata.PersonalData;
import uk.police.hcir.platform.personaldata.SubjectKind;
import uk.police.hcir.platform.testsupport.WithHcirInfrastructure;
import uk.police.hcir.platform.testsupport.kafka.UpstreamTopic;
import uk.police.hcir.platform.testsupport.web.ServiceApi;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithHcirInfrastructure
class VictimCareApiTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalData personalData;

    @Value("${axon.kafka.bootstrap-servers}")
    String bootstrapServers;

    ServiceApi api;
    UpstreamTopic intake;
    UpstreamTopic cases;

    @BeforeEach
    void setUp() {
        api = new ServiceApi(http);
        intake = new UpstreamTopic(bootstrapServers, IntakeEventContract.TOPIC, IntakeEventContract.SOURCE, "Report");
        cases = new UpstreamTopic(bootstrapServers, CaseEventContract.TOPIC, CaseEventContract.SOURCE, "Case");
    }

    @AfterEach
    void tearDown() {
        intake.close();
        cases.close();
    }

    private String reportedHateCrime(String ageGroup, boolean referralConsent, String officer) {
        String caseId = UUID.randomUUID().toString();
        String victim = personalData.newSubject(SubjectKind.VICTIM);
        String correlation = UUID.randomUUID().toString();
        Instant now = Instant.now();
        intake.send(caseId, new ReportReceived(
                caseId, "HC-2026-" + caseId.substring(0, 6), "ONLINE", now, "VICTIM",
                new ReportReceived.Incident(now.minusSeconds(3600), now.minusSeconds(3000), "Lakenham", "loc-1",
                                            null, null, null, false),
                new ReportReceived.Perception("ASKED", null, true, List.of("VICTIM"), List.of("RACE"), null),
                new ReportReceived.Victim(victim, false, ageGroup, false, null, null), 1, List.of(),
                new ReportReceived.Consent("CONSENTS_TO_CONTACT", referralConsent), null, null),
                    correlation, "online-public", "PUBLIC");
        cases.send(caseId, new CaseOpened(caseId, "HC-2026-" + caseId.substring(0, 6), now.plusSeconds(1), "ONLINE",
                                          now, now.plus(Duration.ofDays(1)), victim),
                   correlation, "case-service", "SYSTEM");
        cases.send(caseId, new MotivationRecorded(caseId, "REPORT", true, List.of("VICTIM"), List.of("RACE"), null,
                                                  false), correlation, "case-service", "SYSTEM");
        cases.send(caseId, new CaseAllocated(caseId, officer, "norwich-north", null, null), correlation, "sgt-1",
                   "SUPERVISOR");
        return caseId;
    }

    private JsonNode care(String caseId) {
        return api.get("/api/victims/" + caseId, "vc-1", "VICTIM_CARE").body();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(field == null ? item.asText() : item.get(field).asText()));
        return values;
    }

    @Test
    void aHateCrimeVictimHasEnhancedRightsAReferralDutyAndAnOverdueUpdateWhenNoOneCallsAfterAnArrest() {
        String caseId = reportedHateCrime("ADULT", true, "pc-7001");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            ServiceApi.Response response = api.get("/api/victims/" + caseId, "vc-1", "VICTIM_CARE");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body().get("enhanced").asBoolean()).isTrue();
            assertThat(texts(response.body().get("grounds"), null)).containsExactly("HATE_CRIME");
            assertThat(response.body().get("updateWorkingDays").asInt()).isEqualTo(1);
            assertThat(texts(response.body().get("duties"), "reason")).contains("REFERRAL", "ROUTINE");
        });

        // An arrest ten days ago that no one told the victim of: its one-working-day deadline has long passed.
        cases.send(caseId, new InvestigativeMilestoneReached(caseId, "ARREST",
                                                             Instant.now().minus(Duration.ofDays(10))),
                   UUID.randomUUID().toString(), "pc-7001", "OFFICER");
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            JsonNode arrest = duty(caseId, "ARREST");
            assertThat(arrest).isNotNull();
            assertThat(arrest.get("overdue").asBoolean()).isTrue();
        });
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                                    + "AND payload_type = 'uk.police.hcir.victim-contact.update-became-overdue'")
                       .param(caseId).query(Long.class).single()).isEqualTo(1);
        JsonNode overdue = api.get("/api/victim-care/queue?queue=OVERDUE&officer=pc-7001", "vc-1", "VICTIM_CARE")
                              .body();
        assertThat(texts(overdue, "caseId")).containsExactly(caseId);
        assertThat(overdue.get(0).get("reason").asText()).isEqualTo("ARREST");
        assertThat(texts(api.get("/api/victim-care/queue?queue=OVERDUE&team=another-team", "vc-1", "VICTIM_CARE")
                            .body(), "caseId")).doesNotContain(caseId);

        // The referral is made in time, and the victim is called at last.
        assertThat(api.post("/api/victims/" + caseId + "/referrals",
                            body("service", "VICTIM_SUPPORT", "consentGiven", true), "vc-1", "VICTIM_CARE")
                      .status()).isEqualTo(204);
        String said = "Told Ms Example of the arrest and bail conditions";
        assertThat(api.post("/api/victims/" + caseId + "/contacts", body("method", "PHONE", "summary", said),
                            "vc-1", "VICTIM_CARE").status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode compliance = api.get("/api/victims/" + caseId + "/compliance", "sgt-1", "SUPERVISOR").body();
            assertThat(compliance.get("metLate").asInt()).isEqualTo(1);
            assertThat(compliance.get("overdueOpen").asInt()).isZero();
            assertThat(compliance.get("referralOnTime").asBoolean()).isTrue();
        });
        JsonNode care = care(caseId);
        assertThat(care.get("contacts")).hasSize(1);
        assertThat(care.get("contacts").get(0).get("contactedBy").asText()).isEqualTo("vc-1");
        assertThat(care.get("referrals").get(0).get("service").asText()).isEqualTo("VICTIM_SUPPORT");
        assertThat(api.get("/api/victim-care/queue?queue=OVERDUE&officer=pc-7001", "vc-1", "VICTIM_CARE").body())
                .isEmpty();

        // What was said is sealed under the victim's key, in the store and on the topic alike.
        String stored = care.get("contacts").get(0).get("summarySealed").asText();
        assertThat(stored).startsWith("sealed:v1:").doesNotContain("arrest");
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE convert_from(payload, 'UTF8') LIKE ?")
                       .param("%" + said + "%").query(Long.class).single()).isZero();
    }

    private JsonNode duty(String caseId, String reason) {
        for (JsonNode duty : care(caseId).get("duties")) {
            if (duty.get("reason").asText().equals(reason)) {
                return duty;
            }
        }
        return null;
    }

    @Test
    void aSupervisorOverridesWithAReasonAndNoOneElseMay() {
        String caseId = reportedHateCrime("CHILD", false, "pc-7002");
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/victims/" + caseId, "vc-1", "VICTIM_CARE")
                                                              .status() == 200
                                                           && care(caseId).get("grounds").size() == 2);
        assertThat(texts(care(caseId).get("grounds"), null)).containsExactly("HATE_CRIME", "UNDER_18");

        ServiceApi.Response byOfficer = api.post("/api/victims/" + caseId + "/enhanced-rights",
                                                 body("enhanced", false, "reason", "Not needed"), "pc-7002",
                                                 "OFFICER");
        assertThat(byOfficer.status()).isEqualTo(403);
        ServiceApi.Response noReason = api.post("/api/victims/" + caseId + "/enhanced-rights",
                                                body("enhanced", false), "sgt-1", "SUPERVISOR");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().get("errors").toString()).contains("reason");
        // the victim opted out of referral: none is made without their consent
        ServiceApi.Response referral = api.post("/api/victims/" + caseId + "/referrals",
                                                body("service", "VICTIM_SUPPORT", "consentGiven", false), "vc-1",
                                                "VICTIM_CARE");
        assertThat(referral.status()).isEqualTo(409);
        assertThat(referral.body().get("type").asText()).endsWith("/referral-consent-needed");
        assertThat(duty(caseId, "REFERRAL")).isNull();
    }

    @Test
    void aVictimIsDueANeedsAssessmentUntilOneIsRecorded() {
        String caseId = reportedHateCrime("ADULT", true, "pc-7004");
        JsonNode due = await().atMost(Duration.ofSeconds(60)).until(() -> needsDue(caseId),
                                                                    item -> item != null
                                                                            && item.get("enhanced").asBoolean()
                                                                            && !item.get("officerId").isNull());
        assertThat(due.get("reportReference").asText()).isEqualTo("HC-2026-" + caseId.substring(0, 6));
        assertThat(due.get("officerId").asText()).isEqualTo("pc-7004");

        assertThat(api.post("/api/victims/" + caseId + "/needs-assessments",
                            body("answers", Map.of("EMOTIONAL_SUPPORT", "YES"), "outcome", "SUPPORT_NEEDED"),
                            "vc-1", "VICTIM_CARE").status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(30)).until(() -> needsDue(caseId) == null);
        assertThat(api.get("/api/victim-care/needs-assessments-due", "ch-1", "CALL_HANDLER").status())
                .isEqualTo(403);
    }

    private JsonNode needsDue(String caseId) {
        for (JsonNode item : api.get("/api/victim-care/needs-assessments-due", "vc-1", "VICTIM_CARE").body()) {
            if (item.get("caseId").asText().equals(caseId)) {
                return item;
            }
        }
        return null;
    }

    @Test
    void badInputIsAProblemThatNamesTheField() {
        String caseId = reportedHateCrime("ADULT", true, "pc-7003");
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/victims/" + caseId, "vc-1", "VICTIM_CARE")
                                                              .status() == 200);
        ServiceApi.Response pigeon = api.post("/api/victims/" + caseId + "/contacts",
                                              body("method", "CARRIER_PIGEON", "summary", "Sent a bird"), "vc-1",
                                              "VICTIM_CARE");
        assertThat(pigeon.status()).isEqualTo(400);
        ServiceApi.Response future = api.post("/api/victims/" + caseId + "/contacts",
                                              body("method", "PHONE", "summary", "Will call",
                                                   "contactedAt", Instant.now().plus(Duration.ofDays(2)).toString()),
                                              "vc-1", "VICTIM_CARE");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body().get("errors").toString()).contains("contactedAt");
        ServiceApi.Response tooOften = api.post("/api/victims/" + caseId + "/contact-preferences",
                                                body("method", "EMAIL", "routineEveryDays", 0), "vc-1",
                                                "VICTIM_CARE");
        assertThat(tooOften.status()).isEqualTo(400);
        assertThat(api.get("/api/victims/" + UUID.randomUUID(), "vc-1", "VICTIM_CARE").status()).isEqualTo(404);
        assertThat(api.post("/api/victims/" + UUID.randomUUID() + "/contacts",
                            body("method", "PHONE", "summary", "Hello"), "vc-1", "VICTIM_CARE").status())
                .isEqualTo(404);
        assertThat(api.get("/api/victims/" + caseId, "ch-1", "CALL_HANDLER").status()).isEqualTo(403);
    }
}
