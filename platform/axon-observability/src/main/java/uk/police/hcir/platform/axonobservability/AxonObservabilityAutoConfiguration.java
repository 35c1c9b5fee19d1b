package uk.police.hcir.platform.axonobservability;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.AxonTracingAutoConfiguration;
import org.axonframework.tracing.SpanFactory;
import org.axonframework.tracing.opentelemetry.OpenTelemetrySpanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import uk.police.hcir.platform.kafka.KafkaMessagingProperties;

/**
 * Event processing made visible: Axon's spans join the trace of the request that caused them, through the same
 * OpenTelemetry the rest of the application uses, and so across services, since the trace context travels with
 * each event; every streaming processor reports how far behind it is and whether it is failing; every dead-letter
 * queue reports what it holds; and handlers log under the correlation id of the request that started the chain.
 */
@AutoConfiguration(
        afterName = "org.springframework.boot.actuate.autoconfigure.opentelemetry.OpenTelemetryAutoConfiguration",
        before = {AxonTracingAutoConfiguration.class, AxonAutoConfiguration.class},
        beforeName = "org.axonframework.springboot.autoconfig.OpenTelemetryAutoConfiguration")
public class AxonObservabilityAutoConfiguration {

    static final String INSTRUMENTATION_SCOPE = "org.axonframework";

    @Bean
    @ConditionalOnBean(OpenTelemetry.class)
    @ConditionalOnMissingBean(SpanFactory.class)
    public SpanFactory spanFactory(OpenTelemetry openTelemetry) {
        return OpenTelemetrySpanFactory.builder()
                                       .tracer(openTelemetry.getTracer(INSTRUMENTATION_SCOPE))
                                       .contextPropagators(openTelemetry.getPropagators().getTextMapPropagator())
                                       .build();
    }

    @Bean
    public ConfigurerModule correlationIdInHandlerLogs() {
        CorrelationIdLogging interceptor = new CorrelationIdLogging();
        return configurer -> configurer.eventProcessing()
                                       .registerDefaultHandlerInterceptor((config, processorName) -> interceptor);
    }

    @Bean
    public CorrelationIdLogging commandHandlerCorrelationIdLogging(CommandBus commandBus) {
        CorrelationIdLogging interceptor = new CorrelationIdLogging();
        commandBus.registerHandlerInterceptor(interceptor);
        return interceptor;
    }

    @Bean
    public ProcessorLag processorLag(ObjectProvider<Configuration> axonConfiguration,
                                     ObjectProvider<Admin> kafkaAdmin,
                                     ObjectProvider<KafkaMessagingProperties> messaging) {
        Admin admin = kafkaAdmin.getIfAvailable();
        KafkaMessagingProperties properties = messaging.getIfAvailable();
        Supplier<Optional<Map<TopicPartition, Long>>> endOffsets = admin == null || properties == null
                ? Optional::empty
                : new KafkaEndOffsets(admin, properties.inboundTopics(), Duration.ofSeconds(10),
                                      Clock.systemUTC())::current;
        return new ProcessorLag(() -> axonConfiguration.getObject().eventStore(), endOffsets,
                                Duration.ofSeconds(10), Clock.systemUTC());
    }

    @Bean
    public EventProcessingMetrics eventProcessingMetrics(MeterRegistry registry,
                                                         EventProcessingConfiguration eventProcessing,
                                                         ProcessorLag processorLag) {
        return new EventProcessingMetrics(registry, eventProcessing, processorLag);
    }
}
