package uk.police.hcir.reporting.pointintime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.police.hcir.platform.eventcontract.EventContractAutoConfiguration;
import uk.police.hcir.platform.testsupport.TestInfrastructure;
import uk.police.hcir.platform.testsupport.identity.TestServiceTokens;
import uk.police.hcir.reporting.support.CaseHistories;
import uk.police.hcir.reporting.support.EventTopics;
import uk.police.hcir.reporting.support.ReportingIntegrationTest;
import uk.police.hcir.victimcontact.events.UpdateBecameOverdue;
import uk.police.hcir.victimcontact.events.VictimRegistered;
import uk.police.hcir.victimcontact.events.VictimUpdated;

@ReportingIntegrationTest
class PointInTimeTest {

    private static EventTopics topics;

    @Autowired
    TestRestTemplate anyone;

    /** The service called as an auditor. */
    TestRestTemplate http;

    @BeforeEach
    void actAsAuditor() {
        http = TestServiceTokens.actingAs(anyone, "auditor-1", "AUDITOR");
    }

    @BeforeAll
    static void connect() {
        topics = new EventTopics(TestInfrastructure.get().kafkaBootstrapServers());
    }

    @AfterAll
    static void disconnect() {
        topics.close();
    }

    @Test
    void theStateAtAnyInstantEqualsTheStateThatWasLiveThen() {
        String caseId = UUID.randomUUID().toString();
        Instant t0 = Instant.parse("2026-03-02T08:00:00Z");
        List<Record> history = List.of(
                CaseHistories.opened(caseId, t0, "CONTROL_ROOM"),
                CaseHistories.motivation(caseId, List.of("RACE", "RELIGION")),
                new VictimRegistered(caseId, "subject-" + caseId, false, "ADULT", "YES", true, "PHONE"),
                CaseHistories.flags(caseId, List.of("RACE", "RELIGION")),
                CaseHistories.crime(caseId, "PUBLIC_ORDER"),
                CaseHistories.risk(caseId, "MEDIUM", t0.plus(Duration.ofDays(7))),
                new UpdateBecameOverdue(caseId, "duty-1", "No update within 5 working days", t0.plus(Duration.ofDays(5))),
                CaseHistories.flagsCorrected(caseId, List.of("RACE", "RELIGION"), List.of("RELIGION"),
                                             "Victim clarified the hostility was towards their faith"),
                new VictimUpdated(caseId, t0.plus(Duration.ofDays(8)), "PHONE", "sealed:summary",
                                  List.of("duty-1"), List.of("duty-1")),
                CaseHistories.risk(caseId, "HIGH", t0.plus(Duration.ofDays(14))),
                CaseHistories.closed(caseId));

        Map<Instant, CaseState> recorded = new LinkedHashMap<>();
        List<Instant> eventTimes = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            Instant at = t0.plus(Duration.ofHours(i * 20L));
            eventTimes.add(at);
            topics.publish(caseId, history.get(i), at, "officer-7", "OFFICER", null);
            int applied = i + 1;
            CaseState live = await().atMost(Duration.ofSeconds(60))
                                    .until(() -> liveState(caseId), s -> s != null && s.eventsApplied() == applied);
            // Live from just after this event until just before the next one.
            recorded.put(at, live);
            recorded.put(at.plus(Duration.ofHours(19)), live);
        }

        recorded.forEach((instant, live) -> assertThat(stateAt(caseId, instant.toString()))
                .as("state at %s", instant).isEqualTo(live));

        CaseState afterCorrection = recorded.get(eventTimes.get(7));
        assertThat(afterCorrection.flaggedStrands()).containsExactly("RELIGION");
        assertThat(afterCorrection.flagCorrections()).isEqualTo(1);
        assertThat(afterCorrection.riskLevel()).isEqualTo("MEDIUM");
        assertThat(afterCorrection.overdueVictimUpdates()).isEqualTo(1);
        assertThat(recorded.get(eventTimes.get(10)).status()).isEqualTo("CLOSED");
        assertThat(recorded.get(eventTimes.get(10)).riskLevel()).isEqualTo("HIGH");

        Map<?, ?> changes = http.getForObject("/api/cases/{caseId}/changes?from={from}&to={to}", Map.class, caseId,
                                              eventTimes.get(5).toString(), eventTimes.get(9).toString());
        assertThat((List<Map<String, Object>>) changes.get("changes"))
                .extracting(change -> change.get("field"))
                .contains("riskLevel", "flaggedStrands", "flagCorrections", "victimUpdates")
                .doesNotContain("recordingDecision", "status");
        assertThat((List<Map<String, Object>>) changes.get("events")).hasSize(4)
                .anySatisfy(event -> assertThat(event.get("eventType"))
                        .isEqualTo("uk.police.hcir.case.hate-flags-corrected"));
    }

    @Test
    void anInstantThatIsNotOneIsAProblem() {
        String caseId = UUID.randomUUID().toString();
        Instant t0 = Instant.parse("2026-03-02T08:00:00Z");
        topics.publish(caseId, CaseHistories.opened(caseId, t0, "ONLINE"), t0);
        await().atMost(Duration.ofSeconds(60)).until(() -> liveState(caseId) != null);

        ResponseEntity<Map> response = http.getForEntity("/api/cases/{caseId}/state?at=yesterday", Map.class,
                                                         caseId);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(response.getBody().get("type")).isEqualTo("https://hcir.police.uk/problems/invalid-request");

        assertThat(http.getForEntity("/api/cases/{caseId}/changes?from=2026-03-03T00:00:00Z&to=2026-03-01T00:00:00Z",
                                     Map.class, caseId).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.getForEntity("/api/cases/unknown-case/state", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private CaseState liveState(String caseId) {
        ResponseEntity<String> response = http.getForEntity("/api/cases/{caseId}/state", String.class, caseId);
        if (!response.getStatusCode().is2xxSuccessful()) {
            return null;
        }
        try {
            return EventContractAutoConfiguration.eventObjectMapper().readValue(response.getBody(), CaseState.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private CaseState stateAt(String caseId, String at) {
        return http.getForObject("/api/cases/{caseId}/state?at={at}", CaseState.class, caseId, at);
    }
}
