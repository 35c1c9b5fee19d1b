package uk.police.hcir.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.producer.ConfirmationMode;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaPublisher;
import org.axonframework.extensions.kafka.eventhandling.producer.ProducerFactory;
import org.axonframework.extensions.kafka.eventhandling.producer.TopicResolver;
import org.axonframework.messaging.EventPublicationFailedException;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

class BatchAcknowledgedKafkaPublisherTest {

    private final MockProducer<String, String> producer =
            new MockProducer<>(false, new StringSerializer(), new StringSerializer());

    @Test
    void everyEventOfABatchIsSentAtOnceAndTheBatchCommitsOnceTheBrokerHasAcknowledgedThemAll() {
        BatchAcknowledgedKafkaPublisher<String, String> publisher = publisher();
        DefaultUnitOfWork<EventMessage<?>> batch = DefaultUnitOfWork.startAndGet(event("a"));
        publisher.send(event("a"));
        publisher.send(event("b"));
        publisher.send(event("c"));

        assertThat(producer.history()).hasSize(3);
        producer.completeNext();
        producer.completeNext();
        producer.completeNext();
        batch.commit();

        assertThat(batch.isRolledBack()).isFalse();
    }

    @Test
    void aBatchWithAnEventTheBrokerRefusedIsRolledBackSoThatItIsSentAgain() {
        BatchAcknowledgedKafkaPublisher<String, String> publisher = publisher();
        DefaultUnitOfWork<EventMessage<?>> batch = DefaultUnitOfWork.startAndGet(event("a"));
        publisher.send(event("a"));
        publisher.send(event("b"));
        producer.completeNext();
        producer.errorNext(new RuntimeException("not enough replicas"));

        assertThatThrownBy(batch::commit).isInstanceOf(EventPublicationFailedException.class);
        assertThat(batch.isRolledBack()).isTrue();
    }

    private BatchAcknowledgedKafkaPublisher<String, String> publisher() {
        ProducerFactory<String, String> factory = new ProducerFactory<>() {
            @Override
            public Producer<String, String> createProducer() {
                return producer;
            }

            @Override
            public ConfirmationMode confirmationMode() {
                return ConfirmationMode.WAIT_FOR_ACK;
            }

            @Override
            public void shutDown() {
            }
        };
        KafkaMessageConverter<String, String> converter = new KafkaMessageConverter<>() {
            @Override
            public ProducerRecord<String, String> createKafkaMessage(EventMessage<?> event, String topic) {
                return new ProducerRecord<>(topic, event.getIdentifier(), String.valueOf(event.getPayload()));
            }

            @Override
            public Optional<EventMessage<?>> readKafkaMessage(ConsumerRecord<String, String> record) {
                return Optional.empty();
            }
        };
        TopicResolver topics = event -> Optional.of("hcir.test.v1");
        KafkaPublisher.Builder<String, String> builder = KafkaPublisher.<String, String>builder()
                                                                       .serializer(JacksonSerializer.defaultSerializer())
                                                                       .producerFactory(factory)
                                                                       .messageConverter(converter)
                                                                       .topicResolver(topics);
        return new BatchAcknowledgedKafkaPublisher<>(builder, factory, converter, topics, NoOpMessageMonitor.INSTANCE,
                                                     Duration.ofSeconds(5));
    }

    private static EventMessage<?> event(String payload) {
        return GenericEventMessage.asEventMessage(payload);
    }
}
