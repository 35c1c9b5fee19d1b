package uk.police.hcir.intake.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import uk.police.hcir.intake.support.IntakeApi;
import uk.police.hcir.intake.support.SampleReports;
import uk.police.hcir.platform.testsupport.WithHcirInfrastructure;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = "hcir.intake.rate-limits.public-per-minute=3")
@WithHcirInfrastructure
class PublicFormRateLimitTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void aClientSendingMoreThanItsShareOfReportsIsToldToWait() {
        IntakeApi api = new IntakeApi(http);
        List<Integer> statuses = new ArrayList<>();
        IntakeApi.Response last = null;
        for (int i = 0; i < 5; i++) {
            last = api.post("/api/online/reports", SampleReports.online(), Map.of());
            statuses.add(last.status());
        }

        assertThat(statuses).containsExactly(201, 201, 201, 429, 429);
        assertThat(last.body().get("type").asText()).endsWith("/too-many-reports");
        assertThat(last.body().get("detail").asText()).contains("try again in");
    }
}
