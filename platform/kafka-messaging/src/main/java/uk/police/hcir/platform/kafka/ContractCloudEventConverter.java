package uk.police.hcir.platform.kafka;

import io.cloudevents.CloudEvent;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.cloudevent.CloudEventKafkaMessageConverter;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.police.hcir.platform.eventcontract.EventContract;
import uk.police.hcir.platform.eventcontract.EventTypeRegistry;

/**
 * The Axon Kafka extension's CloudEvents converter, set up for HCIR's published contract: {@code ce_source} is the
 * producing service, {@code ce_subject} the case, {@code ce_dataschema} the JSON Schema of the exact type and
 * revision, and only the audit metadata and the trace context travel as extensions.
 *
 * <p>The extension drops a record it cannot read with nothing more than a TRACE line; here every such record is
 * logged as a warning and counted, so that a silent loss cannot happen.
 */
public class ContractCloudEventConverter implements KafkaMessageConverter<String, CloudEvent> {

    private static final Logger log = LoggerFactory.getLogger(ContractCloudEventConverter.class);

    /**
     * Metadata keys that travel on the wire, and the CloudEvents extension each becomes: the audit metadata, and the
     * W3C trace context as the CloudEvents distributed tracing extension, so that the consumer's handling joins the
     * producer's trace.
     */
    static final Map<String, String> METADATA_EXTENSIONS = Map.of(
            "correlationId", "correlationid",
            "causationId", "causationid",
            "actorId", "actorid",
            "actorRole", "actorrole",
            "reason", "reason",
            "traceparent", "traceparent",
            "tracestate", "tracestate");

    private final CloudEventKafkaMessageConverter writer;
    private final Supplier<EventUpcasterChain> upcasters;
    private final Serializer serializer;
    private final EventTypeRegistry registry;
    private final KafkaMessagingProperties properties;
    private volatile CloudEventKafkaMessageConverter reader;
    private final AtomicLong unreadableRecords = new AtomicLong();

    /**
     * @param upcasters the upcasters of the application, asked for only when the first record is read, since
     *                  they are known only once the whole application is configured
     */
    public ContractCloudEventConverter(Serializer serializer, Supplier<EventUpcasterChain> upcasters,
                                       EventTypeRegistry registry, KafkaMessagingProperties properties) {
        this.serializer = serializer;
        this.upcasters = upcasters;
        this.registry = registry;
        this.properties = properties;
        this.writer = converter(new EventUpcasterChain());
    }

    private CloudEventKafkaMessageConverter converter(EventUpcasterChain upcasterChain) {
        return CloudEventKafkaMessageConverter
                .builder()
                .serializer(serializer)
                .upcasterChain(upcasterChain)
                .addMetadataMappers(METADATA_EXTENSIONS)
                .sourceSupplier(message -> sourceOf(registry, message))
                .subjectSupplier(ContractCloudEventConverter::subjectOf)
                .dataContentTypeSupplier(message -> Optional.of("application/json"))
                .dataSchemaSupplier(message -> registry.describe(message.getPayloadType())
                                                       .map(type -> properties.dataSchemaOf(type.typeName(),
                                                                                            type.revision())))
                .build();
    }

    private CloudEventKafkaMessageConverter reader() {
        CloudEventKafkaMessageConverter current = reader;
        if (current == null) {
            synchronized (this) {
                if (reader == null) {
                    reader = converter(upcasters.get());
                }
                current = reader;
            }
        }
        return current;
    }

    @Override
    public ProducerRecord<String, CloudEvent> createKafkaMessage(EventMessage<?> eventMessage, String topic) {
        return writer.createKafkaMessage(eventMessage.withMetaData(onTheWire(eventMessage.getMetaData())), topic);
    }

    @Override
    public Optional<EventMessage<?>> readKafkaMessage(ConsumerRecord<String, CloudEvent> consumerRecord) {
        Optional<EventMessage<?>> message = reader().readKafkaMessage(consumerRecord);
        if (message.isEmpty()) {
            long total = unreadableRecords.incrementAndGet();
            log.warn("Could not read record {}-{}@{} (ce_type {}); {} unreadable records so far",
                     consumerRecord.topic(), consumerRecord.partition(), consumerRecord.offset(),
                     consumerRecord.value() == null ? "none" : consumerRecord.value().getType(), total);
        }
        return message;
    }

    public long unreadableRecords() {
        return unreadableRecords.get();
    }

    private static Map<String, Object> onTheWire(MetaData metaData) {
        Map<String, Object> kept = new HashMap<>();
        METADATA_EXTENSIONS.keySet().forEach(key -> {
            Object value = metaData.get(key);
            if (value != null) {
                kept.put(key, value.toString());
            }
        });
        return kept;
    }

    private static URI sourceOf(EventTypeRegistry registry, EventMessage<?> message) {
        return URI.create(registry.publishingContractOf(message.getPayloadType())
                                  .map(EventContract::source)
                                  .orElse("/hcir/unpublished"));
    }

    private static Optional<String> subjectOf(EventMessage<?> message) {
        return message instanceof DomainEventMessage<?> domainEvent
                ? Optional.of(domainEvent.getAggregateIdentifier())
                : Optional.empty();
    }
}
