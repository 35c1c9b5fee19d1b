package uk.police.hcir.systemtests.benchmark;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What the same PostgreSQL and the same broker do with no HCIR in the way: the floors and ceilings HCIR's figures
 * are compared with.
 */
final class Baselines {

    static final int EVENT_BYTES = 900;
    private static final int JDBC_BATCH = 500;

    private Baselines() {
    }

    static Connection connect(String jdbcUrl) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        properties.setProperty("password", "");
        properties.setProperty("reWriteBatchedInserts", "true");
        return DriverManager.getConnection(jdbcUrl, properties);
    }

    /** Rows a second: batched JDBC inserts of event-sized rows (an event store's columns) into a scratch table. */
    static double jdbcInsertRowsPerSecond(String jdbcUrl, int rows) throws SQLException {
        try (Connection connection = connect(jdbcUrl); Statement ddl = connection.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS benchmark_raw_event");
            ddl.execute("""
                        CREATE TABLE benchmark_raw_event (
                            global_index BIGSERIAL PRIMARY KEY, event_identifier VARCHAR(255) NOT NULL UNIQUE,
                            aggregate_identifier VARCHAR(255) NOT NULL, sequence_number BIGINT NOT NULL,
                            payload_type VARCHAR(255) NOT NULL, time_stamp VARCHAR(255) NOT NULL,
                            payload BYTEA NOT NULL, meta_data BYTEA,
                            UNIQUE (aggregate_identifier, sequence_number))""");
            connection.setAutoCommit(false);
            SplittableRandom random = new SplittableRandom(7);
            byte[] payload = new byte[EVENT_BYTES];
            byte[] metaData = new byte[200];
            long started = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO benchmark_raw_event (event_identifier, aggregate_identifier, sequence_number,
                                                     payload_type, time_stamp, payload, meta_data)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                for (int i = 0; i < rows; i++) {
                    random.nextBytes(payload);
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, "case-" + (i / 8));
                    insert.setLong(3, i % 8);
                    insert.setString(4, "uk.police.hcir.case.case-opened");
                    insert.setString(5, Instant.now().toString());
                    insert.setBytes(6, payload);
                    insert.setBytes(7, metaData);
                    insert.addBatch();
                    if ((i + 1) % JDBC_BATCH == 0 || i == rows - 1) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            connection.setAutoCommit(true);
            ddl.execute("DROP TABLE benchmark_raw_event");
            return rows / seconds;
        }
    }

    /** Records a second: one producer, event-sized records keyed by case, acks=all and idempotent as HCIR sends. */
    static double kafkaProducerRecordsPerSecond(String bootstrapServers, int records) throws Exception {
        String topic = "benchmark.raw-producer";
        createTopic(bootstrapServers, topic);
        byte[] value = new byte[EVENT_BYTES];
        new SplittableRandom(11).nextBytes(value);
        try (KafkaProducer<String, byte[]> producer = producer(bootstrapServers)) {
            producer.partitionsFor(topic);
            long started = System.nanoTime();
            for (int i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>(topic, "case-" + (i / 8), value));
            }
            producer.flush();
            return records / ((System.nanoTime() - started) / 1e9);
        }
    }

    /** Milliseconds from send to receipt by a plain consumer, at a fixed rate: Kafka's own end-to-end latency. */
    static Percentiles kafkaRoundTrip(String bootstrapServers, int perSecond, Duration duration) throws Exception {
        String topic = "benchmark.round-trip";
        createTopic(bootstrapServers, topic);
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        int count = (int) (perSecond * duration.toSeconds());
        Properties consumerConfig = new Properties();
        consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, "benchmark-round-trip");
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        consumerConfig.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumerConfig.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig);
             KafkaProducer<String, byte[]> producer = producer(bootstrapServers)) {
            consumer.subscribe(List.of(topic));
            long assignedBy = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (consumer.assignment().isEmpty() && System.nanoTime() < assignedBy) {
                consumer.poll(Duration.ofMillis(100));
            }
            consumer.seekToEnd(consumer.assignment());
            consumer.assignment().forEach(consumer::position);
            Thread receiver = new Thread(() -> {
                while (!stop.get()) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(20))) {
                        Long sent = sentAt.remove(record.key());
                        if (sent != null) {
                            latencies.add((System.nanoTime() - sent) / 1e6);
                        }
                    }
                }
            }, "benchmark-round-trip");
            receiver.start();
            byte[] value = new byte[EVENT_BYTES];
            AtomicInteger sent = new AtomicInteger();
            CompletableFuture<Void> allSent = new CompletableFuture<>();
            ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
            try {
                ticker.scheduleAtFixedRate(() -> {
                    int i = sent.incrementAndGet();
                    if (i > count) {
                        allSent.complete(null);
                        return;
                    }
                    String key = "case-" + i;
                    sentAt.put(key, System.nanoTime());
                    producer.send(new ProducerRecord<>(topic, key, value));
                }, 0, 1_000_000_000L / perSecond, TimeUnit.NANOSECONDS);
                allSent.join();
            } finally {
                ticker.shutdownNow();
            }
            producer.flush();
            await("every record comes back").atMost(Duration.ofSeconds(30)).until(sentAt::isEmpty);
            stop.set(true);
            receiver.join();
        }
        return Percentiles.of(new ArrayList<>(latencies));
    }

    /** Rows a second: reading the audit store in the rebuild's order, doing nothing with the rows. */
    static double scanRowsPerSecond(String jdbcUrl) throws SQLException {
        try (Connection connection = connect(jdbcUrl)) {
            connection.setAutoCommit(false);
            long rows = 0;
            long started = System.nanoTime();
            try (PreparedStatement scan = connection.prepareStatement("""
                    SELECT case_id, event_type, occurred_at, payload::text FROM audit_event
                    ORDER BY case_id, occurred_at, position""")) {
                scan.setFetchSize(5_000);
                try (ResultSet rs = scan.executeQuery()) {
                    while (rs.next()) {
                        rs.getString(1);
                        rs.getString(2);
                        rs.getTimestamp(3);
                        rs.getString(4);
                        rows++;
                    }
                }
            }
            connection.commit();
            return rows / ((System.nanoTime() - started) / 1e9);
        }
    }

    /** Milliseconds to read one case's audit rows straight from the table, with the timeline endpoint's query. */
    static Percentiles timelineQuery(String jdbcUrl, List<String> caseIds) throws SQLException {
        List<Double> latencies = new ArrayList<>();
        try (Connection connection = connect(jdbcUrl);
             PreparedStatement query = connection.prepareStatement("""
                     SELECT event_id, event_type, revision, source_service, occurred_at, actor_id, actor_role,
                            correlation_id, causation_id, reason, payload::text AS payload
                     FROM audit_event WHERE case_id = ? ORDER BY occurred_at, position""")) {
            for (String caseId : caseIds) {
                long started = System.nanoTime();
                query.setString(1, caseId);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        rs.getString(11);
                    }
                }
                latencies.add((System.nanoTime() - started) / 1e6);
            }
        }
        return Percentiles.of(latencies);
    }


    private static KafkaProducer<String, byte[]> producer(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return new KafkaProducer<>(config);
    }

    private static void createTopic(String bootstrapServers, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            if (!admin.listTopics().names().get().contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, 6, (short) 1))).all().get();
            }
        }
    }
}
