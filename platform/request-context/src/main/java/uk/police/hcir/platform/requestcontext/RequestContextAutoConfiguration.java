package uk.police.hcir.platform.requestcontext;

import java.time.Clock;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import uk.police.hcir.platform.servicetoken.ServiceTokenVerifier;

/** Carries the acting user and the correlation id from each request into every command and event. */
@AutoConfiguration(before = AxonAutoConfiguration.class)
@EnableConfigurationProperties(IdentityProperties.class)
public class RequestContextAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(RequestContextAutoConfiguration.class);

    @Bean
    @ConditionalOnWebApplication
    public FilterRegistrationBean<ActorAndCorrelationFilter> actorAndCorrelationFilter(IdentityProperties identity) {
        ServiceTokenVerifier verifier = ServiceTokenVerifier.fromPem(identity.tokenVerificationKeys(),
                                                                     Clock.systemUTC());
        if (!verifier.hasTrustedKeys()) {
            LOG.warn("No service token verification key is set (hcir.identity.token-verification-keys): "
                             + "every request acting for a user will be refused");
        }
        FilterRegistrationBean<ActorAndCorrelationFilter> registration = new FilterRegistrationBean<>(
                new ActorAndCorrelationFilter(verifier, identity.ownCredentialPaths()));
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
