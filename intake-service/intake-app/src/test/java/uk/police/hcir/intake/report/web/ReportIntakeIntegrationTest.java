package uk.police.hcir.intake.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.hcir.intake.events.IntakeEventContract;
import uk.police.hcir.platform.testsupport.WithHcirInfrastructure;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithHcirInfrastructure
class ReportIntakeIntegrationTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Value("${axon.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void aReceivedReportIsStoredAndPublishedAsACloudEventCarryingWhoAndTheCorrelationId() {
        String correlationId = UUID.randomUUID().toString();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Correlation-Id", correlationId);
        headers.set("X-HCIR-User", "ch-1001");
        headers.set("X-HCIR-Role", "CALL_HANDLER");

        ResponseEntity<ReportAccepted> response = http.postForEntity(
                "/api/reports", new HttpEntity<>("{\"channel\":\"CONTROL_ROOM\"}", headers), ReportAccepted.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String reportId = response.getBody().reportId();
        assertThat(response.getBody().reference()).matches("HC-\\d{4}-\\d{6}");
        assertThat(response.getHeaders().getFirst("X-Correlation-Id")).isEqualTo(correlationId);

        String storedType = jdbc.sql("SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ?")
                                .param(reportId).query(String.class).single();
        assertThat(storedType).isEqualTo("uk.police.hcir.intake.report-received");

        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.subscribe(List.of(IntakeEventContract.TOPIC));
            List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (reportId.equals(record.key())) {
                        found.add(record);
                    }
                });
                return !found.isEmpty();
            });
            ConsumerRecord<String, byte[]> record = found.get(0);
            assertThat(header(record, "ce_type")).isEqualTo("uk.police.hcir.intake.report-received");
            assertThat(header(record, "ce_source")).isEqualTo("/hcir/intake-service");
            assertThat(header(record, "ce_subject")).isEqualTo(reportId);
            assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(record, "content-type")).isEqualTo("application/json");
            assertThat(header(record, "ce_correlationid")).isEqualTo(correlationId);
            assertThat(header(record, "ce_actorid")).isEqualTo("ch-1001");
            assertThat(header(record, "ce_actorrole")).isEqualTo("CALL_HANDLER");
            assertThat(new String(record.value(), StandardCharsets.UTF_8))
                    .contains("\"reportId\":\"" + reportId + "\"")
                    .contains("\"channel\":\"CONTROL_ROOM\"");
        }
    }

    private KafkaConsumer<String, byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
