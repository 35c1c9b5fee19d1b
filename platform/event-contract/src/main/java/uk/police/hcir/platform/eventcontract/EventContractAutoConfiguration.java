package uk.police.hcir.platform.eventcontract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * One Jackson serializer for events, messages and everything else Axon stores (tokens, sagas, dead letters),
 * naming contract events by their stable type names. Consumers ignore fields they do not know.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
public class EventContractAutoConfiguration {

    @Bean
    public EventTypeRegistry eventTypeRegistry(ObjectProvider<EventContract> contracts) {
        return new EventTypeRegistry(contracts.orderedStream().toList());
    }

    @Bean
    public RevisionResolver revisionResolver(EventTypeRegistry registry) {
        return new ContractRevisionResolver(registry);
    }

    @Bean
    @Primary
    public Serializer serializer(EventTypeRegistry registry, RevisionResolver revisionResolver) {
        ObjectMapper objectMapper = eventObjectMapper();
        JacksonSerializer.Builder builder = JacksonSerializer.builder()
                                                             .objectMapper(objectMapper)
                                                             .revisionResolver(revisionResolver)
                                                             .converter(new ChainingConverter(
                                                                     getClass().getClassLoader()));
        return new StableTypeNameJacksonSerializer(builder, registry);
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(Serializer serializer) {
        return serializer;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
    static class SchemaServing {

        @Bean
        EventSchemaController eventSchemaController(EventTypeRegistry registry) {
            return new EventSchemaController(registry);
        }
    }

    /** The JSON form of stored and published events: ISO-8601 instants, unknown fields ignored. */
    public static ObjectMapper eventObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }
}
