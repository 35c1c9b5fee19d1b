package uk.police.hcir.platform.axonpostgres.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.police.hcir.platform.testsupport.WithHcirInfrastructure;

/**
 * Two service instances write events at the same time, each in transactions that commit late or roll back, so
 * that global indexes commit out of order and some are never committed at all. A streaming processor shared by
 * both instances must still see every committed event exactly once and nothing else.
 */
@SpringBootTest(classes = GapProbeApplication.class, properties = "axon.kafka.fetcher.enabled=false")
@WithHcirInfrastructure
class ConcurrentWritersTest {

    private static final int EVENTS_PER_WRITER = 300;

    @Autowired
    EventStore firstNodeEvents;

    @Autowired
    TransactionTemplate firstNodeTransactions;

    @Autowired
    JdbcClient jdbc;

    @Value("${spring.datasource.url}")
    String databaseUrl;

    private ConfigurableApplicationContext secondNode;

    @AfterEach
    void stopSecondNode() {
        if (secondNode != null) {
            secondNode.close();
        }
    }

    @Test
    void everyCommittedEventReachesTheProcessorOnceDespiteOutOfOrderCommitsAndRollbacks() {
        secondNode = new SpringApplicationBuilder(GapProbeApplication.class)
                .properties("spring.datasource.url=" + databaseUrl, "spring.datasource.username=postgres",
                            "server.port=0")
                .run();
        EventStore secondNodeEvents = secondNode.getBean(EventStore.class);
        TransactionTemplate secondNodeTransactions = secondNode.getBean(TransactionTemplate.class);

        Set<String> committed = ConcurrentHashMap.newKeySet();
        JdbcClient secondNodeJdbc = secondNode.getBean(JdbcClient.class);
        CompletableFuture<Void> first = CompletableFuture.runAsync(
                () -> write("first", firstNodeEvents, firstNodeTransactions, jdbc, committed));
        CompletableFuture<Void> second = CompletableFuture.runAsync(
                () -> write("second", secondNodeEvents, secondNodeTransactions, secondNodeJdbc, committed));
        CompletableFuture.allOf(first, second).join();

        long rolledBack = 2L * EVENTS_PER_WRITER - committed.size();
        assertThat(rolledBack).as("some transactions rolled back, leaving permanent gaps").isPositive();
        Long storedGaps = jdbc.sql("SELECT max(global_index) - count(*) FROM domain_event_entry")
                              .query(Long.class).single();
        assertThat(storedGaps).as("global indexes left unused by rolled-back transactions").isPositive();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> assertThat(
                jdbc.sql("SELECT count(*) FROM seen_probe").query(Long.class).single())
                .isEqualTo(committed.size()));
        List<String> seen = jdbc.sql("SELECT writer || '-' || number FROM seen_probe").query(String.class).list();
        assertThat(seen).containsExactlyInAnyOrderElementsOf(committed);
    }

    /** Each event in its own transaction, held open a little while after the insert, one in ten rolled back. */
    private static void write(String writer, EventStore events, TransactionTemplate transactions, JdbcClient jdbc,
                              Set<String> committed) {
        List<Integer> numbers = new ArrayList<>();
        for (int number = 0; number < EVENTS_PER_WRITER; number++) {
            numbers.add(number);
        }
        for (int number : numbers) {
            boolean rollBack = ThreadLocalRandom.current().nextInt(10) == 0;
            transactions.executeWithoutResult(status -> {
                events.publish(GenericEventMessage.asEventMessage(new Probe(writer, number)));
                jdbc.sql("SELECT pg_sleep(?)").param(ThreadLocalRandom.current().nextInt(15) / 1000.0)
                    .query(Object.class).single();
                if (rollBack) {
                    status.setRollbackOnly();
                }
            });
            if (!rollBack) {
                committed.add(writer + "-" + number);
            }
        }
    }
}
