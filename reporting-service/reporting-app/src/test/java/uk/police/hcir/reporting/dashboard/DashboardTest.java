package uk.police.hcir.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.police.hcir.cases.events.CaseAllocated;
import uk.police.hcir.cases.events.CaseOpened;
import uk.police.hcir.cases.events.RepeatVictimIdentified;
import uk.police.hcir.intake.events.ReportReceived;
import uk.police.hcir.platform.testsupport.TestInfrastructure;
import uk.police.hcir.platform.testsupport.identity.TestServiceTokens;
import uk.police.hcir.victimcontact.events.UpdateBecameOverdue;
import uk.police.hcir.victimcontact.events.VictimReferred;
import uk.police.hcir.victimcontact.events.VictimUpdated;
import uk.police.hcir.reporting.support.CaseHistories;
import uk.police.hcir.reporting.support.EventTopics;
import uk.police.hcir.reporting.support.ReportingIntegrationTest;

@ReportingIntegrationTest
class DashboardTest {

    @Autowired
    TestRestTemplate anyone;

    /** The service called as an analyst. */
    TestRestTemplate http;

    @BeforeEach
    void actAsAnalyst() {
        http = TestServiceTokens.actingAs(anyone, "analyst-1", "ANALYST");
    }

    @Test
    void crimesByStrandByMonthCountEachStrandOfACrimeAsJsonAndCsv() {
        Instant july2023 = Instant.parse("2023-07-10T10:00:00Z");
        try (EventTopics topics = new EventTopics(TestInfrastructure.get().kafkaBootstrapServers())) {
            for (List<String> strands : List.of(List.of("RACE"), List.of("RACE", "RELIGION"), List.of("DISABILITY"))) {
                String caseId = UUID.randomUUID().toString();
                topics.publish(caseId, CaseHistories.opened(caseId, july2023, "ONLINE"), july2023);
                topics.publish(caseId, CaseHistories.flags(caseId, strands), july2023.plusSeconds(60));
                topics.publish(caseId, CaseHistories.crime(caseId, "PUBLIC_ORDER"), july2023.plusSeconds(120));
            }
        }
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
            Map<?, ?> figures = http.getForObject("/api/dashboards/crimes-by-strand-by-month", Map.class);
            assertThat((List<List<Object>>) figures.get("rows"))
                    .filteredOn(row -> "2023-07".equals(row.get(0)))
                    .containsExactlyInAnyOrder(List.of("2023-07", "DISABILITY", 1), List.of("2023-07", "RACE", 2),
                                               List.of("2023-07", "RELIGION", 1));
        });

        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, "text/csv");
        ResponseEntity<String> csv = http.exchange("/api/dashboards/crimes-by-strand-by-month", HttpMethod.GET,
                                                   new HttpEntity<>(headers), String.class);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getBody().lines()).first().isEqualTo("month,strand,crimes");
        assertThat(csv.getBody().lines()).contains("2023-07,RACE,2", "2023-07,RELIGION,1", "2023-07,DISABILITY,1");

        for (String name : List.of("open-cases-by-risk", "overdue-work", "flag-corrections",
                                   "time-to-first-victim-contact", "perception-question-asked", "repeat-victims",
                                   "victims-code-compliance")) {
            assertThat(http.getForEntity("/api/dashboards/" + name, Map.class).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
        }
        assertThat(http.getForObject("/api/dashboards/flag-corrections", Map.class).get("columns"))
                .isEqualTo(List.of("flaggedCases", "casesCorrected", "corrections", "correctedPercent"));
    }

    @Test
    void anUnknownDashboardIsAProblemNotFound() {
        ResponseEntity<Map> response = http.getForEntity("/api/dashboards/no-such-dashboard", Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody().get("type")).isEqualTo("https://hcir.police.uk/problems/dashboard-not-found");
    }

    @Test
    void howOftenThePerceptionQuestionWasAskedIsCountedByChannelAndByTeam() {
        String teamA = "team-" + UUID.randomUUID().toString().substring(0, 8);
        String teamB = "team-" + UUID.randomUUID().toString().substring(0, 8);
        Instant at = Instant.parse("2026-03-02T10:00:00Z");
        try (EventTopics topics = new EventTopics(TestInfrastructure.get().kafkaBootstrapServers())) {
            for (String[] report : List.of(new String[] {"ASKED", teamA}, new String[] {"NOT_ASKED", teamA},
                                           new String[] {"ASKED", teamB})) {
                String caseId = UUID.randomUUID().toString();
                topics.publish(caseId, received(caseId, "CONTROL_ROOM", report[0], at), at);
                topics.publish(caseId, CaseHistories.opened(caseId, at, "CONTROL_ROOM"), at.plusSeconds(5));
                topics.publish(caseId, new CaseAllocated(caseId, "pc-1", report[1], null, null), at.plusSeconds(60));
            }
        }
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
            Map<?, ?> figures = http.getForObject("/api/dashboards/perception-question-asked", Map.class);
            assertThat(figures.get("columns")).isEqualTo(List.of("by", "channelOrTeam", "reports", "asked",
                                                                 "notAsked", "couldNotAnswer", "askedPercent"));
            assertThat((List<List<Object>>) figures.get("rows"))
                    .filteredOn(row -> row.get(1).toString().startsWith("team-")
                                       && List.of(teamA, teamB).contains(row.get(1)))
                    .containsExactlyInAnyOrder(List.of("TEAM", teamA, 2, 1, 1, 0, 50.0),
                                               List.of("TEAM", teamB, 1, 1, 0, 0, 100.0));
            assertThat((List<List<Object>>) figures.get("rows"))
                    .anySatisfy(row -> assertThat(row.subList(0, 2)).isEqualTo(List.of("CHANNEL", "CONTROL_ROOM")));
        });
        assertThat(csv("perception-question-asked").lines())
                .first().isEqualTo("by,channelOrTeam,reports,asked,notAsked,couldNotAnswer,askedPercent");
        assertThat(csv("perception-question-asked").lines()).contains("TEAM," + teamA + ",2,1,1,0,50.0");
    }

    @Test
    void repeatVictimsAndVictimsCodeComplianceCountEachCaseOnce() {
        List<Object> repeatBefore = onlyRow("repeat-victims");
        Map<String, List<Object>> complianceBefore = byFirstColumn("victims-code-compliance");
        Instant at = Instant.parse("2026-03-09T10:00:00Z");
        String victim = "subject-" + UUID.randomUUID();
        try (EventTopics topics = new EventTopics(TestInfrastructure.get().kafkaBootstrapServers())) {
            String first = UUID.randomUUID().toString();
            String second = UUID.randomUUID().toString();
            topics.publish(first, opened(first, victim, at), at);
            topics.publish(second, opened(second, victim, at.plusSeconds(3600)), at.plusSeconds(3600));
            topics.publish(second, new RepeatVictimIdentified(second, victim, List.of("SAME_VICTIM"), List.of(first),
                                                              12), at.plusSeconds(3601));

            String updated = UUID.randomUUID().toString();
            topics.publish(updated, new UpdateBecameOverdue(updated, "d1", "ROUTINE", at), at.plusSeconds(10));
            topics.publish(updated, new UpdateBecameOverdue(updated, "d2", "REFERRAL", at), at.plusSeconds(11));
            topics.publish(updated, new UpdateBecameOverdue(updated, "d3", "CHARGE", at), at.plusSeconds(12));
            topics.publish(updated, new VictimUpdated(updated, at.plusSeconds(20), "PHONE", "sealed:summary",
                                                      List.of("d0", "d1"), List.of("d1")), at.plusSeconds(20));
            topics.publish(updated, new VictimReferred(updated, "r1", "VICTIM_SUPPORT", true), at.plusSeconds(30));
            String referred = UUID.randomUUID().toString();
            topics.publish(referred, new VictimReferred(referred, "r2", "LOCAL_SPECIALIST", false), at);
        }
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
            assertThat(difference(onlyRow("repeat-victims"), repeatBefore)).containsExactly(1L, 1L, 2L, 1L);
            Map<String, List<Object>> compliance = byFirstColumn("victims-code-compliance");
            assertThat(difference(compliance.get("VICTIM_UPDATE"), complianceBefore.get("VICTIM_UPDATE")))
                    .as("on time, late, overdue").containsExactly(1L, 1L, 1L);
            assertThat(difference(compliance.get("REFERRAL"), complianceBefore.get("REFERRAL")))
                    .as("on time, late, overdue").containsExactly(1L, 1L, 0L);
        });
        assertThat(csv("repeat-victims").lines()).first()
                .isEqualTo("victims,repeatVictims,casesOfRepeatVictims,casesIdentifiedAsRepeat");
        assertThat(csv("victims-code-compliance").lines()).first().isEqualTo("duty,onTime,late,overdue");
    }

    private String csv(String name) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, "text/csv");
        ResponseEntity<String> response = http.exchange("/api/dashboards/" + name, HttpMethod.GET,
                                                        new HttpEntity<>(headers), String.class);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("text/csv");
        return response.getBody();
    }

    private List<Object> onlyRow(String name) {
        List<List<Object>> rows = (List<List<Object>>) http.getForObject("/api/dashboards/" + name, Map.class)
                                                           .get("rows");
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private Map<String, List<Object>> byFirstColumn(String name) {
        Map<String, List<Object>> rows = new java.util.HashMap<>();
        for (List<Object> row : (List<List<Object>>) http.getForObject("/api/dashboards/" + name, Map.class)
                                                         .get("rows")) {
            rows.put(row.get(0).toString(), row.subList(1, row.size()));
        }
        return rows;
    }

    private static List<Long> difference(List<Object> after, List<Object> before) {
        List<Long> differences = new java.util.ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            differences.add(((Number) after.get(i)).longValue() - ((Number) before.get(i)).longValue());
        }
        return differences;
    }

    private static CaseOpened opened(String caseId, String victim, Instant at) {
        return new CaseOpened(caseId, "HC-" + caseId.substring(0, 6), at, "ONLINE", at, at.plus(Duration.ofHours(24)),
                              victim);
    }

    private static ReportReceived received(String reportId, String channel, String asked, Instant at) {
        return new ReportReceived(reportId, "HC-" + reportId.substring(0, 6), channel, at, "VICTIM",
                                  new ReportReceived.Incident(at, at, "Norwich", null, null, "sealed:what", null,
                                                              false),
                                  new ReportReceived.Perception(asked, "NOT_ASKED".equals(asked)
                                          ? "Caller ended the call" : null, true, List.of("VICTIM"),
                                                                List.of("RACE"), null),
                                  null, 0, List.of(), new ReportReceived.Consent("CONSENTS_TO_CONTACT", true),
                                  null, null);
    }
}
