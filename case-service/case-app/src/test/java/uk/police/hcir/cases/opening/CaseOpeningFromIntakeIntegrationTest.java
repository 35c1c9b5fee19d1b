package uk.police.hcir.cases.opening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.hcir.intake.events.IntakeEventContract;
import uk.police.hcir.platform.testsupport.WithHcirInfrastructure;

@SpringBootTest
@WithHcirInfrastructure
class CaseOpeningFromIntakeIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Value("${axon.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void aReportReadTwiceFromTheIntakeTopicOpensOneCaseThatKeepsTheReportsCorrelationId() throws Exception {
        String reportId = UUID.randomUUID().toString();
        String correlationId = UUID.randomUUID().toString();
        ProducerRecord<String, byte[]> report = reportReceived(reportId, correlationId);

        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(report).get();
            producer.send(report).get();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                jdbc.sql("SELECT report_reference FROM case_summary WHERE case_id = ?").param(reportId)
                    .query(String.class).optional()).contains("HC-2026-000777"));

        List<String> metadata = jdbc.sql("SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry "
                                                 + "WHERE aggregate_identifier = ?")
                                    .param(reportId).query(String.class).list();
        assertThat(metadata).hasSize(1);
        assertThat(metadata.get(0))
                .contains("\"correlationId\":\"" + correlationId + "\"")
                .contains("\"actorId\":\"system:case-service\"")
                .contains("\"actorRole\":\"SYSTEM\"");
    }

    @Test
    void everyReportOpensACaseEvenWhenTheirTimestampsRunBackwardsAcrossPartitions() throws Exception {
        List<String> reportIds = new ArrayList<>();
        long newest = System.currentTimeMillis();
        try (KafkaProducer<String, byte[]> producer = producer(Map.of(ProducerConfig.LINGER_MS_CONFIG, 200))) {
            for (int i = 0; i < 30; i++) {
                String reportId = UUID.randomUUID().toString();
                reportIds.add(reportId);
                ProducerRecord<String, byte[]> report = reportReceived(reportId, UUID.randomUUID().toString());
                producer.send(new ProducerRecord<>(report.topic(), i % 6, newest - i * 1000L, report.key(),
                                                   report.value(), report.headers()));
            }
            producer.flush();
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                jdbc.sql("SELECT count(*) FROM case_summary WHERE case_id IN (:ids)").param("ids", reportIds)
                    .query(Long.class).single()).isEqualTo(30L));
    }

    private ProducerRecord<String, byte[]> reportReceived(String reportId, String correlationId) {
        String data = """
                {"reportId":"%s","reference":"HC-2026-000777","channel":"ONLINE",
                 "receivedAt":"2026-11-02T10:15:30Z"}""".formatted(reportId);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(
                IntakeEventContract.TOPIC, reportId, data.getBytes(StandardCharsets.UTF_8));
        Map.of("ce_specversion", "1.0",
               "ce_id", UUID.randomUUID().toString(),
               "ce_source", IntakeEventContract.SOURCE,
               "ce_type", "uk.police.hcir.intake.report-received",
               "ce_subject", reportId,
               "ce_time", "2026-11-02T10:15:30Z",
               "ce_axonmessagerevision", "1",
               "ce_correlationid", correlationId,
               "content-type", "application/json")
           .forEach((name, value) -> record.headers().add(
                   new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        return record;
    }

    private KafkaProducer<String, byte[]> producer() {
        return producer(Map.of());
    }

    private KafkaProducer<String, byte[]> producer(Map<String, Object> settings) {
        Map<String, Object> config = new HashMap<>(settings);
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }
}
