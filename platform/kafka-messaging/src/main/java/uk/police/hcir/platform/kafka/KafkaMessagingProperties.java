package uk.police.hcir.platform.kafka;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a service takes part in the event flow between services.
 *
 * @param inboundTopics           topics of other services this service streams into its processors
 * @param inboundProcessingGroups processing groups that read the inbound topics instead of the local event store
 * @param schemaBaseUri           where the producing service serves its JSON Schemas; each event's data schema is
 *                                {@code <base>/<type>/<revision>}
 * @param topicPartitions         partitions of a topic this service creates
 * @param topicReplicationFactor  replicas of a topic this service creates
 * @param topicRetention          how long a topic keeps events; zero or negative keeps them for ever, so that a new
 *                                integration can read from the beginning
 * @param publisherAckTimeout     how long the publisher waits for the broker to acknowledge an event
 * @param startupTimeout          how long start-up waits for the broker to confirm the topics; past it the service
 *                                starts without them and keeps trying in the background
 * @param acknowledgePerBatch     whether the publisher sends a processor batch's events at once and waits for all
 *                                their acknowledgements at the batch's commit (true), or waits for each event's
 *                                acknowledgement before sending the next, as the Kafka extension does (false)
 */
@ConfigurationProperties("hcir.messaging")
public record KafkaMessagingProperties(
        List<String> inboundTopics,
        List<String> inboundProcessingGroups,
        URI schemaBaseUri,
        Integer topicPartitions,
        Short topicReplicationFactor,
        Duration topicRetention,
        Duration publisherAckTimeout,
        Duration startupTimeout,
        Boolean acknowledgePerBatch) {

    public KafkaMessagingProperties {
        inboundTopics = inboundTopics == null ? List.of() : List.copyOf(inboundTopics);
        inboundProcessingGroups = inboundProcessingGroups == null ? List.of() : List.copyOf(inboundProcessingGroups);
        schemaBaseUri = schemaBaseUri == null ? URI.create("https://schemas.hcir.police.uk/events") : schemaBaseUri;
        topicPartitions = topicPartitions == null ? 6 : topicPartitions;
        topicReplicationFactor = topicReplicationFactor == null ? 1 : topicReplicationFactor;
        topicRetention = topicRetention == null ? Duration.ZERO : topicRetention;
        publisherAckTimeout = publisherAckTimeout == null ? Duration.ofSeconds(10) : publisherAckTimeout;
        startupTimeout = startupTimeout == null ? Duration.ofSeconds(5) : startupTimeout;
        acknowledgePerBatch = acknowledgePerBatch == null || acknowledgePerBatch;
    }

    /** The data schema URI of one event type and revision. */
    public URI dataSchemaOf(String typeName, String revision) {
        String base = schemaBaseUri.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + typeName + "/" + revision);
    }
}
