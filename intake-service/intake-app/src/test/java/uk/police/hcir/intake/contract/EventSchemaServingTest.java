package uk.police.hcir.intake.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.police.hcir.platform.testsupport.WithHcirInfrastructure;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithHcirInfrastructure
class EventSchemaServingTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void intakeServesTheSchemaOfEachRevisionItPublishes() {
        ResponseEntity<String> schema = http.getForEntity(
                "/events/schemas/uk.police.hcir.intake.report-received/1", String.class);

        assertThat(schema.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(schema.getHeaders().getContentType()).hasToString("application/schema+json");
        assertThat(schema.getBody()).contains(
                "\"$id\": \"https://schemas.hcir.police.uk/events/uk.police.hcir.intake.report-received/1\"");
    }

    @Test
    void theSchemaIndexListsEveryPublishedRevisionWithItsTopic() {
        ResponseEntity<String> index = http.getForEntity("/events/schemas", String.class);

        assertThat(index.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(index.getBody()).contains("\"type\":\"uk.police.hcir.intake.report-received\"")
                                   .contains("\"topic\":\"hcir.intake.v1\"");
    }

    @Test
    void anEventThisServiceDoesNotPublishHasNoSchemaHere() {
        ResponseEntity<String> missing = http.getForEntity(
                "/events/schemas/uk.police.hcir.case.case-opened/1", String.class);

        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getHeaders().getContentType()).hasToString("application/problem+json");
    }
}
