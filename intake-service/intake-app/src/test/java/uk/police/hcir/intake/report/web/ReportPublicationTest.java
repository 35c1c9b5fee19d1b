package uk.police.hcir.intake.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.springframework.boot.test.web.client.TestRestTemplate;
import uk.police.hcir.intake.events.IntakeEventContract;
import uk.police.hcir.intake.support.IntakeApi;
import uk.police.hcir.intake.support.IntakeIntegrationTest;
import uk.police.hcir.intake.support.SampleReports;

@IntakeIntegrationTest
class ReportPublicationTest {

    @Autowired
    TestRestTemplate http;

    @Value("${axon.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void aReceivedReportIsPublishedAsACloudEventWithWhoAndTheCorrelationIdAndNoPersonalData() {
        String correlationId = UUID.randomUUID().toString();
        Map<String, String> headers = new HashMap<>(IntakeApi.as("ch-1001", "CALL_HANDLER"));
        headers.put("X-Correlation-Id", correlationId);
        String reportId = new IntakeApi(http).post("/api/control-room/reports", SampleReports.controlRoom(), headers)
                                             .body().get("reportId").asText();

        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
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
            assertThat(found).hasSize(1);
            ConsumerRecord<String, byte[]> record = found.get(0);
            assertThat(header(record, "ce_type")).isEqualTo("uk.police.hcir.intake.report-received");
            assertThat(header(record, "ce_source")).isEqualTo("/hcir/intake-service");
            assertThat(header(record, "ce_subject")).isEqualTo(reportId);
            assertThat(header(record, "ce_dataschema"))
                    .isEqualTo("https://schemas.hcir.police.uk/events/uk.police.hcir.intake.report-received/2");
            assertThat(header(record, "ce_correlationid")).isEqualTo(correlationId);
            assertThat(header(record, "ce_actorid")).isEqualTo("ch-1001");
            assertThat(header(record, "ce_actorrole")).isEqualTo("CALL_HANDLER");
            assertThat(new String(record.value(), StandardCharsets.UTF_8))
                    .contains("\"reportId\":\"" + reportId + "\"", "sealed:v1:")
                    .doesNotContain("Amira", "07700", "Rosary", "hijab", "grey hoodie");
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
