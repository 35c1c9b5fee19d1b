package uk.police.hcir.platform.axonobservability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Duration;
import java.util.function.ToDoubleFunction;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Gauges an operator acts on, registered once the application has started and its processors exist:
 *
 * <ul>
 *     <li>{@code hcir.processor.segments.claimed}: segments of the processor this instance holds</li>
 *     <li>{@code hcir.processor.segments.failing}: of those, how many are in error and retrying</li>
 *     <li>{@code hcir.processor.running}: 1 while the processor runs without error</li>
 *     <li>{@code hcir.processor.lag} (events): how far behind its source the processor is</li>
 *     <li>{@code hcir.dead.letters} and {@code hcir.dead.letter.sequences}: what the processing group's
 *     dead-letter queue holds, and in how many sequences (cases) held back</li>
 * </ul>
 */
public class EventProcessingMetrics implements ApplicationListener<ApplicationStartedEvent> {

    static final String PROCESSOR_TAG = "processor";
    static final String PROCESSING_GROUP_TAG = "processing_group";

    private static final Logger log = LoggerFactory.getLogger(EventProcessingMetrics.class);
    private static final Duration DEAD_LETTER_COUNT_MAX_AGE = Duration.ofSeconds(15);

    private final MeterRegistry registry;
    private final EventProcessingConfiguration eventProcessing;
    private final ProcessorLag lag;
    private boolean registered;

    public EventProcessingMetrics(MeterRegistry registry, EventProcessingConfiguration eventProcessing,
                                  ProcessorLag lag) {
        this.registry = registry;
        this.eventProcessing = eventProcessing;
        this.lag = lag;
    }

    @Override
    public synchronized void onApplicationEvent(ApplicationStartedEvent event) {
        if (registered) {
            return;
        }
        eventProcessing.eventProcessors().forEach(this::register);
        registered = true;
    }

    private void register(String name, EventProcessor processor) {
        if (processor instanceof StreamingEventProcessor streaming) {
            Tags tags = Tags.of(PROCESSOR_TAG, name);
            gauge("hcir.processor.segments.claimed", "Segments of the processor this instance holds", tags,
                  streaming, p -> p.processingStatus().size(), null);
            gauge("hcir.processor.segments.failing", "Segments of the processor in error, retrying", tags,
                  streaming, p -> p.processingStatus().values().stream().filter(s -> s.isErrorState()).count(),
                  null);
            gauge("hcir.processor.running", "1 while the processor runs without error", tags,
                  streaming, p -> p.isRunning() && !p.isError() ? 1 : 0, null);
            gauge("hcir.processor.lag", "Events the processor has still to handle on the segments this instance "
                          + "holds", tags, streaming, p -> {
                      var behind = lag.of(p);
                      return behind.isPresent() ? behind.getAsLong() : Double.NaN;
                  }, "events");
        }
        eventProcessing.deadLetterQueue(name).ifPresent(queue -> registerDeadLetters(name, queue));
    }

    private void registerDeadLetters(String processingGroup, SequencedDeadLetterQueue<EventMessage<?>> queue) {
        Tags tags = Tags.of(PROCESSING_GROUP_TAG, processingGroup);
        Cached<Long> letters = new Cached<>(queue::size, DEAD_LETTER_COUNT_MAX_AGE, Clock.systemUTC());
        Cached<Long> sequences = new Cached<>(queue::amountOfSequences, DEAD_LETTER_COUNT_MAX_AGE,
                                              Clock.systemUTC());
        gauge("hcir.dead.letters", "Events the processing group could not handle, held for a decision", tags,
              letters, Cached::get, null);
        gauge("hcir.dead.letter.sequences", "Sequences (one per case) held back by a dead letter", tags,
              sequences, Cached::get, null);
    }

    private <T> void gauge(String name, String description, Tags tags, T source, ToDoubleFunction<T> value,
                           String baseUnit) {
        Gauge.builder(name, source, safely(name, value))
             .description(description)
             .tags(tags)
             .baseUnit(baseUnit)
             .register(registry);
    }

    private static <T> ToDoubleFunction<T> safely(String name, ToDoubleFunction<T> value) {
        return source -> {
            try {
                return value.applyAsDouble(source);
            } catch (RuntimeException e) {
                log.debug("Could not read {}: {}", name, e.toString());
                return Double.NaN;
            }
        };
    }
}
