package uk.police.hcir.platform.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaPublisher;
import org.axonframework.extensions.kafka.eventhandling.producer.ProducerFactory;
import org.axonframework.extensions.kafka.eventhandling.producer.TopicResolver;
import org.axonframework.messaging.EventPublicationFailedException;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MessageMonitor.MonitorCallback;

/**
 * The extension's publisher waits for the broker's acknowledgement of each event before it sends the next, so a
 * batch of a hundred events costs a hundred round trips. This one sends every event of the processor's batch at once
 * and waits for all their acknowledgements when the batch commits, before its token is stored: nothing is stored as
 * published that the broker has not acknowledged, and a failed acknowledgement rolls the batch back to be sent again.
 * Order per case is kept by the idempotent producer, which keeps order per partition with up to five requests in
 * flight. Outside a unit of work, and with transactional confirmation, it publishes as the extension does.
 */
final class BatchAcknowledgedKafkaPublisher<K, V> extends KafkaPublisher<K, V> {

    private final ProducerFactory<K, V> producerFactory;
    private final KafkaMessageConverter<K, V> messageConverter;
    private final TopicResolver topicResolver;
    private final MessageMonitor<? super EventMessage<?>> messageMonitor;
    private final Duration ackTimeout;
    private final String pendingKey = BatchAcknowledgedKafkaPublisher.class.getName() + ".pending." + hashCode();

    private record Pending(Future<RecordMetadata> acknowledgement, MonitorCallback monitor) {
    }

    BatchAcknowledgedKafkaPublisher(KafkaPublisher.Builder<K, V> builder, ProducerFactory<K, V> producerFactory,
                                    KafkaMessageConverter<K, V> messageConverter, TopicResolver topicResolver,
                                    MessageMonitor<? super EventMessage<?>> messageMonitor, Duration ackTimeout) {
        super(builder);
        this.producerFactory = producerFactory;
        this.messageConverter = messageConverter;
        this.topicResolver = topicResolver;
        this.messageMonitor = messageMonitor;
        this.ackTimeout = ackTimeout;
    }

    @Override
    public <T extends EventMessage<?>> void send(T event) {
        if (!CurrentUnitOfWork.isStarted() || !producerFactory.confirmationMode().isWaitForAck()) {
            super.send(event);
            return;
        }
        Optional<String> topic = topicResolver.resolve(event);
        if (topic.isEmpty()) {
            return;
        }
        MonitorCallback monitor = messageMonitor.onMessageIngested(event);
        Future<RecordMetadata> acknowledgement = producerFactory.createProducer()
                                                                .send(messageConverter.createKafkaMessage(event,
                                                                                                          topic.get()));
        pending(CurrentUnitOfWork.get().root()).add(new Pending(acknowledgement, monitor));
    }

    private List<Pending> pending(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getOrComputeResource(pendingKey, key -> {
            List<Pending> pending = new ArrayList<>();
            unitOfWork.onPrepareCommit(committing -> awaitAll(pending));
            return pending;
        });
    }

    private void awaitAll(List<Pending> pending) {
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        for (Pending each : pending) {
            try {
                each.acknowledgement().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                each.monitor().reportSuccess();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                each.monitor().reportFailure(e);
                throw new EventPublicationFailedException("Interrupted while waiting for the broker", e);
            } catch (ExecutionException | TimeoutException e) {
                each.monitor().reportFailure(e);
                throw new EventPublicationFailedException("The broker did not acknowledge an event of the batch", e);
            }
        }
    }
}
