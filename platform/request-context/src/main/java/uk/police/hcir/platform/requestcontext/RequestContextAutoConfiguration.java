package uk.police.hcir.platform.requestcontext;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/** Carries the acting user and the correlation id from each request into every command and event. */
@AutoConfiguration(before = AxonAutoConfiguration.class)
public class RequestContextAutoConfiguration {

    @Bean
    @ConditionalOnWebApplication
    public FilterRegistrationBean<ActorAndCorrelationFilter> actorAndCorrelationFilter() {
        FilterRegistrationBean<ActorAndCorrelationFilter> registration =
                new FilterRegistrationBean<>(new ActorAndCorrelationFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    @ConditionalOnWebApplication
    public UnavailableDatabaseExceptionResolver unavailableDatabaseExceptionResolver() {
        return new UnavailableDatabaseExceptionResolver();
    }

    /** Replaces Axon's default origin provider, whose correlation id changes at every hop. */
    @Bean
    public CorrelationDataProvider auditCorrelationDataProvider() {
        return new AuditCorrelationDataProvider();
    }

    @Bean
    public AuditMetadataDispatchInterceptor auditMetadataDispatchInterceptor(CommandBus commandBus) {
        AuditMetadataDispatchInterceptor interceptor = new AuditMetadataDispatchInterceptor();
        commandBus.registerDispatchInterceptor(interceptor);
        return interceptor;
    }
}
