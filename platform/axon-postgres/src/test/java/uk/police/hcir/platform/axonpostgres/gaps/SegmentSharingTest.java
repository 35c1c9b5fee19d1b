package uk.police.hcir.platform.axonpostgres.gaps;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import uk.police.hcir.platform.testsupport.WithHcirInfrastructure;

/**
 * Instances of one service share each streaming processor's segments: a second instance gets half of them from the
 * first, which had claimed all four, and when the second stops the first takes them all back.
 */
@SpringBootTest(classes = GapProbeApplication.class,
                properties = {"axon.kafka.fetcher.enabled=false", "hcir.axon.balance-interval=1s"})
@WithHcirInfrastructure
class SegmentSharingTest {

    private static final String PROCESSOR = "gap-probe";

    @Autowired
    EventProcessingConfiguration firstNode;

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
    void aSecondInstanceTakesItsShareOfTheSegmentsAndTheFirstTakesThemBackWhenItStops() {
        await().atMost(Duration.ofSeconds(30)).until(() -> claimed(firstNode) == 4);

        secondNode = new SpringApplicationBuilder(GapProbeApplication.class)
                .properties("spring.datasource.url=" + databaseUrl, "spring.datasource.username=postgres",
                            "server.port=0", "axon.kafka.fetcher.enabled=false", "hcir.axon.balance-interval=1s")
                .run();
        EventProcessingConfiguration second = secondNode.getBean(EventProcessingConfiguration.class);

        await("each instance claims two of the four segments").atMost(Duration.ofSeconds(60))
                .until(() -> claimed(firstNode) == 2 && claimed(second) == 2);

        secondNode.close();
        secondNode = null;

        await("the first instance claims all four again").atMost(Duration.ofSeconds(60))
                .until(() -> claimed(firstNode) == 4);
    }

    private static int claimed(EventProcessingConfiguration node) {
        return node.eventProcessor(PROCESSOR, StreamingEventProcessor.class)
                   .map(processor -> processor.processingStatus().size()).orElse(0);
    }
}
