package uk.police.hcir.platform.observability.scrape;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

@AutoConfigureObservability
@SpringBootTest(classes = ScrapeTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {"spring.application.name=probe-test",
                              "spring.security.user.name=someone", "spring.security.user.password=secret"})
class ScrapeOpenInProtectedApplicationTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void theScrapeAnswersWithoutSignInAndCarriesTheApplicationTagAndLatencyHistograms() {
        assertThat(http.withBasicAuth("someone", "secret").getForEntity("/greeting", String.class).getStatusCode()
                       .value()).isEqualTo(200);

        ResponseEntity<String> scrape = http.getForEntity("/actuator/prometheus", String.class);

        assertThat(scrape.getStatusCode().value()).isEqualTo(200);
        assertThat(scrape.getBody())
                .contains("application=\"probe-test\"")
                .contains("http_server_requests_seconds_bucket{")
                .contains("uri=\"/greeting\"");
    }

    @Test
    void everythingElseStillNeedsSignIn() {
        assertThat(http.getForEntity("/greeting", String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(http.getForEntity("/actuator/metrics", String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode().value()).isEqualTo(401);
    }
}
