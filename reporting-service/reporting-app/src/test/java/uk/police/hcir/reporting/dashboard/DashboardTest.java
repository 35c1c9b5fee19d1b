package uk.police.hcir.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.police.hcir.platform.testsupport.TestInfrastructure;
import uk.police.hcir.reporting.support.CaseHistories;
import uk.police.hcir.reporting.support.EventTopics;
import uk.police.hcir.reporting.support.ReportingIntegrationTest;

@ReportingIntegrationTest
class DashboardTest {

    @Autowired
    TestRestTemplate http;

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
                                   "time-to-first-victim-contact")) {
            assertThat(http.getForEntity("/api/dashboards/" + name, Map.class).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
        }
    }

    @Test
    void anUnknownDashboardIsAProblemNotFound() {
        ResponseEntity<Map> response = http.getForEntity("/api/dashboards/no-such-dashboard", Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody().get("type")).isEqualTo("https://hcir.police.uk/problems/dashboard-not-found");
    }
}
