package uk.police.hcir.reporting.audit;

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
import uk.police.hcir.platform.testsupport.TestInfrastructure;
import uk.police.hcir.platform.testsupport.identity.TestServiceTokens;
import uk.police.hcir.reporting.support.CaseHistories;
import uk.police.hcir.reporting.support.EventTopics;
import uk.police.hcir.reporting.support.ReportingIntegrationTest;

@ReportingIntegrationTest
class FindCaseByReferenceTest {

    @Autowired
    TestRestTemplate anyone;

    /** The service called as an auditor. */
    TestRestTemplate http;

    @BeforeEach
    void actAsAuditor() {
        http = TestServiceTokens.actingAs(anyone, "auditor-1", "AUDITOR");
    }

    @Test
    void aCaseIsFoundByTheReferenceItsReporterWasGiven() {
        String caseId = UUID.randomUUID().toString();
        String reference = "HC-" + caseId.substring(0, 6);
        Instant at = Instant.parse("2026-03-02T10:00:00Z");
        try (EventTopics topics = new EventTopics(TestInfrastructure.get().kafkaBootstrapServers())) {
            topics.publish(caseId, CaseHistories.opened(caseId, at, "ONLINE"), at);
        }

        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> assertThat(
                http.getForObject("/api/cases?reference={reference}", Map.class, reference))
                .isEqualTo(Map.of("reference", reference, "caseIds", List.of(caseId))));
        assertThat(http.getForObject("/api/cases?reference={reference}", Map.class, "HC-NO-SUCH").get("caseIds"))
                .isEqualTo(List.of());
    }
}
