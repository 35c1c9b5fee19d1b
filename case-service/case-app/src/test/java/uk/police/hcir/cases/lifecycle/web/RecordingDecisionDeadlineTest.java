package uk.police.hcir.cases.lifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.hcir.cases.CaseApplication;
import uk.police.hcir.cases.support.IntakeTopic;
import uk.police.hcir.platform.testsupport.HcirInfrastructureInitializer;

/**
 * A recording decision deadline is kept in the service's database: it fires after the instance that scheduled it
 * has stopped and another has started.
 */
class RecordingDecisionDeadlineTest {

    @Test
    void aDeadlineScheduledBeforeARestartStillFiresAfterIt() {
        String caseId = UUID.randomUUID().toString();
        ConfigurableApplicationContext first = new SpringApplicationBuilder(CaseApplication.class)
                .initializers(new HcirInfrastructureInitializer())
                .run("--server.port=0", "--hcir.case.reviews.recording-decision=8s");
        Environment environment = first.getEnvironment();
        String url = environment.getProperty("spring.datasource.url");
        String kafka = environment.getProperty("axon.kafka.bootstrap-servers");
        String keys = environment.getProperty("hcir.personal-data.keys-url");
        String kek = environment.getProperty("hcir.personal-data.key-encryption-key");
        JdbcClient firstJdbc = first.getBean(JdbcClient.class);
        try (IntakeTopic intake = new IntakeTopic(kafka)) {
            intake.publish(IntakeTopic.report(caseId, "HC-2026-000888", null, "loc-" + caseId, Instant.now(),
                                              List.of("RACE")), UUID.randomUUID().toString());
        }
        await().atMost(Duration.ofSeconds(30)).until(
                () -> firstJdbc.sql("SELECT count(*) FROM scheduled_tasks").query(Long.class).single() > 0);
        first.close();

        ConfigurableApplicationContext second = new SpringApplicationBuilder(CaseApplication.class)
                .run("--server.port=0", "--hcir.case.reviews.recording-decision=8s",
                     "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                     "--axon.kafka.bootstrap-servers=" + kafka, "--hcir.personal-data.keys-url=" + keys,
                     "--hcir.personal-data.key-encryption-key=" + kek);
        try {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                    jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND "
                                     + "payload_type = 'uk.police.hcir.case.recording-decision-overdue'")
                        .param(caseId).query(Long.class).single()).isEqualTo(1));
        } finally {
            second.close();
        }
    }
}
