package uk.police.hcir.cases.lifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.police.hcir.cases.support.CaseApi.body;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.hcir.cases.risk.RiskQuestionnaire;
import uk.police.hcir.cases.support.CaseApi;
import uk.police.hcir.cases.support.IntakeTopic;
import uk.police.hcir.intake.events.ReportLinkedAsDuplicate;
import uk.police.hcir.platform.testsupport.WithHcirInfrastructure;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithHcirInfrastructure
class CaseLifecycleApiTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Value("${axon.kafka.bootstrap-servers}")
    String bootstrapServers;

    CaseApi api;
    IntakeTopic intake;

    @BeforeEach
    void setUp() {
        api = new CaseApi(http);
        intake = new IntakeTopic(bootstrapServers);
    }

    @AfterEach
    void tearDown() {
        intake.close();
    }

    private String reportedCase(String victim, String location, List<String> strands) {
        String caseId = UUID.randomUUID().toString();
        String reference = String.format("HC-2026-%06d", Math.floorMod(caseId.hashCode(), 1_000_000));
        intake.publish(IntakeTopic.report(caseId, reference, victim, location, Instant.now(), strands),
                       UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(30)).until(
                () -> api.get("/api/cases/" + caseId, "pc-2002", "OFFICER").status() == 200);
        return caseId;
    }

    private static Map<String, String> answers(String... yes) {
        Map<String, String> answers = new HashMap<>();
        RiskQuestionnaire.QUESTIONS.forEach(q -> answers.put(q.id(), "NO"));
        for (String id : yes) {
            answers.put(id, "YES");
        }
        return answers;
    }

    @Test
    void aReportFromIntakeOpensACaseWithItsPerceptionDueForADecisionWithinADay() {
        String correlationId = UUID.randomUUID().toString();
        String caseId = UUID.randomUUID().toString();
        intake.publish(IntakeTopic.report(caseId, "HC-2026-000777", "victim-" + caseId, "loc-" + caseId,
                                          Instant.now(), List.of("RELIGION")), correlationId);

        JsonNode summary = await("the summary has both events of the opening: the case and its perception")
                .atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/cases/" + caseId, "pc-2002", "OFFICER"),
                       r -> r.status() == 200 && r.body().path("version").asLong() >= 1).body();

        assertThat(summary.get("status").asText()).isEqualTo("OPEN");
        assertThat(summary.get("hostilityPerceived").asBoolean()).isTrue();
        assertThat(summary.get("perceivedStrands").toString()).isEqualTo("[\"RELIGION\"]");
        assertThat(Duration.between(Instant.parse(summary.get("reportedAt").asText()),
                                    Instant.parse(summary.get("decisionDue").asText()))).isEqualTo(Duration.ofHours(24));
        List<String> metadata = jdbc.sql("SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry "
                                                 + "WHERE aggregate_identifier = ?").param(caseId)
                                    .query(String.class).list();
        assertThat(metadata).hasSize(2).allSatisfy(m -> assertThat(m)
                .contains("\"correlationId\":\"" + correlationId + "\"", "\"actorId\":\"system:case-service\""));
    }

    @Test
    void aVictimReportedBeforeIsRecognisedAsARepeatVictim() {
        String victim = "victim-" + UUID.randomUUID();
        String first = reportedCase(victim, "loc-" + UUID.randomUUID(), List.of("RACE"));
        String second = reportedCase(victim, "loc-" + UUID.randomUUID(), List.of("RACE"));

        await().atMost(Duration.ofSeconds(30)).until(
                () -> api.get("/api/cases/" + second, "pc-2002", "OFFICER").body().get("repeatVictim").asBoolean());
        assertThat(api.get("/api/cases/" + first, "pc-2002", "OFFICER").body().get("repeatVictim").asBoolean())
                .isFalse();
        assertThat(jdbc.sql("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry WHERE aggregate_identifier = ?"
                                    + " AND payload_type = 'uk.police.hcir.case.repeat-victim-identified'")
                       .param(second).query(String.class).single())
                .contains("\"earlierCases\":[\"" + first + "\"]", "SAME_VICTIM");
    }

    @Test
    void anOfficerWorksACaseFromReportToClosure() {
        String caseId = reportedCase("victim-" + UUID.randomUUID(), "loc-" + UUID.randomUUID(),
                                     List.of("RACE", "RELIGION"));
        String base = "/api/cases/" + caseId;

        assertThat(api.post(base + "/flags", body("expectedVersion", api.version(caseId),
                                                  "strands", List.of("RELIGION"), "online", false),
                            "pc-2002", "OFFICER").status()).isEqualTo(204);
        assertThat(waitForVersion(caseId, 2)).isTrue();
        assertThat(api.post(base + "/recording-decision", body(
                "expectedVersion", api.version(caseId), "decision", "CRIME", "offenceCode", "8P",
                "offenceGroup", "PUBLIC_ORDER", "crimeNumber", "NC/26/000123",
                "reason", "Religiously aggravated harassment"), "pc-2002", "OFFICER").status()).isEqualTo(204);
        assertThat(waitForVersion(caseId, 3)).isTrue();
        assertThat(api.post(base + "/risk-assessments", body("expectedVersion", api.version(caseId),
                                                             "answers", answers("H1", "O3")),
                            "pc-2002", "OFFICER").status()).isEqualTo(204);
        assertThat(waitForVersion(caseId, 4)).isTrue();
        assertThat(api.post(base + "/allocation", body("expectedVersion", api.version(caseId),
                                                       "officerId", "pc-2002", "teamId", "norwich-north"),
                            "sgt-3003", "SUPERVISOR").status()).isEqualTo(204);
        assertThat(waitForVersion(caseId, 5)).isTrue();
        assertThat(api.post(base + "/milestones", body("expectedVersion", api.version(caseId), "milestone", "ARREST",
                                                       "reachedAt", Instant.now().minusSeconds(60).toString()),
                            "pc-2002", "OFFICER").status()).isEqualTo(204);
        assertThat(waitForVersion(caseId, 6)).isTrue();
        assertThat(api.post(base + "/outcome", body("expectedVersion", api.version(caseId),
                                                    "outcome", "CHARGED_OR_SUMMONSED"),
                            "pc-2002", "OFFICER").status()).isEqualTo(204);
        assertThat(waitForVersion(caseId, 7)).isTrue();
        assertThat(api.post(base + "/closure", body("expectedVersion", api.version(caseId),
                                                    "closingUpdateGiven", true),
                            "pc-2002", "OFFICER").status()).isEqualTo(204);

        JsonNode closed = await().atMost(Duration.ofSeconds(30)).until(
                () -> api.get(base, "pc-2002", "OFFICER").body(), s -> "CLOSED".equals(s.get("status").asText()));
        assertThat(closed.get("flags").toString()).isEqualTo("[\"RELIGION\"]");
        assertThat(closed.get("decision").asText()).isEqualTo("CRIME");
        assertThat(closed.get("riskLevel").asText()).isEqualTo("STANDARD");
        assertThat(closed.get("officerId").asText()).isEqualTo("pc-2002");
        assertThat(closed.get("outcomeType").asInt()).isEqualTo(1);
        List<JsonNode> mine = StreamSupport.stream(api.get("/api/cases?officer=pc-2002&status=CLOSED", "pc-2002",
                                                           "OFFICER").body().spliterator(), false).toList();
        assertThat(mine).anyMatch(c -> c.get("caseId").asText().equals(caseId));
    }

    @Test
    void aStaleVersionIsRefusedWithWhatChangedSince() {
        String caseId = reportedCase("victim-" + UUID.randomUUID(), "loc-" + UUID.randomUUID(), List.of("RACE"));
        long seen = api.version(caseId);
        assertThat(api.post("/api/cases/" + caseId + "/flags", body("expectedVersion", seen, "strands",
                                                                    List.of("RACE"), "online", false),
                            "pc-4004", "OFFICER").status()).isEqualTo(204);

        CaseApi.Response stale = api.post("/api/cases/" + caseId + "/recording-decision", body(
                "expectedVersion", seen, "decision", "NO_RECORD", "reason", "No offence"), "pc-2002", "OFFICER");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("type").asText()).endsWith("/case-changed");
        assertThat(stale.body().get("currentVersion").asLong()).isEqualTo(seen + 1);
        assertThat(stale.body().at("/changes/0/event").asText()).isEqualTo("HateFlagsApplied");
        assertThat(stale.body().at("/changes/0/by").asText()).isEqualTo("pc-4004");
    }

    @Test
    void brokenRulesAreRefusedWithTheirCodes() {
        String caseId = reportedCase("victim-" + UUID.randomUUID(), "loc-" + UUID.randomUUID(), List.of("RACE"));
        String base = "/api/cases/" + caseId;
        long version = api.version(caseId);

        CaseApi.Response notPerceived = api.post(base + "/flags", body("expectedVersion", version,
                                                                       "strands", List.of("DISABILITY"),
                                                                       "online", false), "pc-2002", "OFFICER");
        CaseApi.Response noReason = api.post(base + "/recording-decision", body(
                "expectedVersion", version, "decision", "NO_RECORD", "reason", ""), "pc-2002", "OFFICER");
        CaseApi.Response notSupervisor = api.post(base + "/supervisor-reviews", body(
                "expectedVersion", version, "outcome", "APPROVED"), "pc-2002", "OFFICER");
        CaseApi.Response cannotClose = api.post(base + "/closure", body("expectedVersion", version,
                                                                        "closingUpdateGiven", true),
                                                "pc-2002", "OFFICER");
        CaseApi.Response noSuchCase = api.post("/api/cases/" + UUID.randomUUID() + "/flags", body(
                "expectedVersion", 0, "strands", List.of("RACE"), "online", false), "pc-2002", "OFFICER");

        assertThat(notPerceived.status()).isEqualTo(409);
        assertThat(notPerceived.body().get("type").asText()).endsWith("/strand-not-perceived");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(notSupervisor.status()).isEqualTo(403);
        assertThat(cannotClose.status()).isEqualTo(409);
        assertThat(cannotClose.body().get("type").asText()).endsWith("/decision-needed");
        assertThat(noSuchCase.status()).isEqualTo(404);
        assertThat(api.get(base, null, null).status()).isEqualTo(401);
    }

    @Test
    void aHighRiskCaseWaitsInTheSupervisorsQueueUntilReviewed() {
        String caseId = reportedCase("victim-" + UUID.randomUUID(), "loc-" + UUID.randomUUID(), List.of("RACE"));
        assertThat(api.post("/api/cases/" + caseId + "/risk-assessments", body("expectedVersion", api.version(caseId),
                                                                              "answers", answers("O4", "O3")),
                            "pc-2002", "OFFICER").status()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(30)).until(() -> inSupervisorQueue(caseId));
        CaseApi.Response review = api.post("/api/cases/" + caseId + "/supervisor-reviews", body(
                "expectedVersion", api.version(caseId), "outcome", "APPROVED", "comments", "Plan agreed",
                "multiAgencyReferral", "REFERRED", "referralAgency", "Norfolk multi-agency risk panel"),
                                            "sgt-3003", "SUPERVISOR");
        assertThat(review.status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(30)).until(() -> !inSupervisorQueue(caseId));
    }

    @Test
    void aReportLinkedAsADuplicateMergesItsCaseIntoTheEarlierOne() {
        String earlier = reportedCase("victim-" + UUID.randomUUID(), "loc-" + UUID.randomUUID(), List.of("RACE"));
        String later = reportedCase(null, "loc-" + UUID.randomUUID(), List.of("RACE"));

        intake.publish(new ReportLinkedAsDuplicate(later, earlier, 0.81, "Same incident"));

        await().atMost(Duration.ofSeconds(30)).until(() -> "MERGED".equals(
                api.get("/api/cases/" + later, "pc-2002", "OFFICER").body().get("status").asText()));
        assertThat(api.get("/api/cases/" + later, "pc-2002", "OFFICER").body().get("mergedInto").asText())
                .isEqualTo(earlier);
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                                    + "AND payload_type = 'uk.police.hcir.case.report-joined-case'")
                       .param(earlier).query(Long.class).single()).isEqualTo(1);
    }

    private boolean waitForVersion(String caseId, long version) {
        await().atMost(Duration.ofSeconds(30)).until(() -> api.version(caseId) >= version);
        return true;
    }

    private boolean inSupervisorQueue(String caseId) {
        return StreamSupport.stream(api.get("/api/cases/queues/supervisor", "sgt-3003", "SUPERVISOR").body()
                                       .spliterator(), false)
                            .anyMatch(c -> c.get("caseId").asText().equals(caseId));
    }
}
