package uk.police.hcir.platform.kafka;

import io.cloudevents.CloudEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.Configuration;
import org.axonframework.extensions.kafka.KafkaProperties;
import org.axonframework.extensions.kafka.autoconfig.KafkaAutoConfiguration;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.consumer.ConsumerFactory;
import org.axonframework.extensions.kafka.eventhandling.consumer.Fetcher;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaEventMessage;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.StreamableKafkaMessageSource;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaPublisher;
import org.axonframework.extensions.kafka.eventhandling.producer.ProducerFactory;
import org.axonframework.extensions.kafka.eventhandling.producer.TopicResolver;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import uk.police.hcir.platform.eventcontract.EventContract;
import uk.police.hcir.platform.eventcontract.EventTypeRegistry;

/**
 * Events between services: a service publishes the events of its contract, and only those, as CloudEvents on its
 * own topic (keyed by case, so one case's events stay in order), waiting for the broker's acknowledgement; and it
 * streams the topics it consumes into pooled streaming processors whose positions live in its own token store.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(KafkaMessagingProperties.class)
public class KafkaMessagingAutoConfiguration {

    @Bean
    public KafkaMessageConverter<String, CloudEvent> kafkaMessageConverter(
            @Qualifier("eventSerializer") Serializer eventSerializer,
            ObjectProvider<Configuration> configuration,
            EventTypeRegistry registry,
            KafkaMessagingProperties properties) {
        return new ContractCloudEventConverter(eventSerializer, () -> {
            EventUpcasterChain upcasters = configuration.getObject().upcasterChain();
            return upcasters != null ? upcasters : new EventUpcasterChain();
        }, registry, properties);
    }

    @Bean
    public TopicResolver topicResolver(EventTypeRegistry registry) {
        return event -> registry.publishingContractOf(event.getPayloadType()).map(EventContract::topic);
    }

    @Bean(destroyMethod = "shutDown")
    @ConditionalOnProperty(name = "axon.kafka.publisher.enabled", havingValue = "true", matchIfMissing = true)
    public KafkaPublisher<String, CloudEvent> kafkaPublisher(
            @Qualifier("eventSerializer") Serializer eventSerializer,
            ProducerFactory<String, CloudEvent> axonKafkaProducerFactory,
            KafkaMessageConverter<String, CloudEvent> kafkaMessageConverter,
            Configuration configuration,
            TopicResolver topicResolver,
            KafkaMessagingProperties properties) {
        MessageMonitor<? super EventMessage<?>> monitor = configuration.messageMonitor(KafkaPublisher.class,
                                                                                      "kafkaPublisher");
        KafkaPublisher.Builder<String, CloudEvent> builder =
                KafkaPublisher.<String, CloudEvent>builder()
                              .serializer(eventSerializer)
                              .producerFactory(axonKafkaProducerFactory)
                              .messageConverter(kafkaMessageConverter)
                              .messageMonitor(monitor)
                              .topicResolver(topicResolver)
                              .publisherAckTimeout(properties.publisherAckTimeout().toMillis());
        if (!properties.acknowledgePerBatch()) {
            return builder.build();
        }
        return new BatchAcknowledgedKafkaPublisher<>(builder, axonKafkaProducerFactory, kafkaMessageConverter,
                                                     topicResolver, monitor, properties.publisherAckTimeout());
    }

    @Bean(destroyMethod = "close")
    public Admin kafkaAdmin(KafkaProperties kafkaProperties) {
        Set<String> adminKeys = AdminClientConfig.configNames();
        Map<String, Object> config = kafkaProperties.buildConsumerProperties()
                                                    .entrySet().stream()
                                                    .filter(entry -> adminKeys.contains(entry.getKey()))
                                                    .collect(Collectors.toMap(Map.Entry::getKey,
                                                                              Map.Entry::getValue));
        return Admin.create(config);
    }

    @Bean
    public KafkaHealthIndicator kafkaHealthIndicator(Admin kafkaAdmin) {
        return new KafkaHealthIndicator(kafkaAdmin);
    }

    /**
     * Made sure of at start-up, for a short while only: a service starts while its broker is down, and its inbound
     * processors open their streams once the broker has confirmed the topics.
     */
    @Bean(destroyMethod = "close")
    public KafkaTopics kafkaTopics(Admin kafkaAdmin, KafkaMessagingProperties properties,
                                   ObjectProvider<EventContract> contracts) {
        KafkaTopics topics = new KafkaTopics(kafkaAdmin, properties);
        List<String> needed = new ArrayList<>(properties.inboundTopics());
        contracts.orderedStream().filter(EventContract::isProducedHere).map(EventContract::topic).forEach(needed::add);
        topics.ensureExist(needed);
        return topics;
    }

    @Bean
    @ConditionalOnInboundTopics
    public StreamableKafkaMessageSource<String, CloudEvent> streamableKafkaMessageSource(
            @Qualifier("eventSerializer") Serializer eventSerializer,
            ConsumerFactory<String, CloudEvent> axonKafkaConsumerFactory,
            Fetcher<String, CloudEvent, KafkaEventMessage> kafkaFetcher,
            KafkaMessageConverter<String, CloudEvent> kafkaMessageConverter,
            KafkaProperties kafkaProperties,
            KafkaMessagingProperties properties,
            KafkaTopics kafkaTopics) {
        return StreamableKafkaMessageSource.<String, CloudEvent>builder()
                                           .topics(properties.inboundTopics())
                                           .serializer(eventSerializer)
                                           .consumerFactory(axonKafkaConsumerFactory)
                                           .fetcher(kafkaFetcher)
                                           .messageConverter(kafkaMessageConverter)
                                           .bufferFactory(() -> new FetchOrderKafkaMessageBuffer<>(
                                                   kafkaProperties.getFetcher().getBufferSize()))
                                           .build();
    }

    @Bean
    @ConditionalOnInboundTopics
    public ConfigurerModule inboundProcessingGroups(
            KafkaMessagingProperties properties,
            ObjectProvider<StreamableKafkaMessageSource<String, CloudEvent>> source,
            ObjectProvider<KafkaTopics> kafkaTopics) {
        return configurer -> properties.inboundProcessingGroups().forEach(
                group -> configurer.eventProcessing().registerPooledStreamingEventProcessor(
                        group, config -> new InboundTopicsMessageSource(source.getObject(), kafkaTopics.getObject(),
                                                                        properties.inboundTopics())));
    }
}
