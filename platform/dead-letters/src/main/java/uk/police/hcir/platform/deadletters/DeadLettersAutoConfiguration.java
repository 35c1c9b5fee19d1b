package uk.police.hcir.platform.deadletters;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.hcir.platform.axonpostgres.AxonPostgresAutoConfiguration;

/**
 * Dead-letter administration for a service: every dead letter counts its attempts, and administrators can list the
 * dead-lettered sequences of every processing group and retry them over the service's API.
 */
@AutoConfiguration(after = AxonPostgresAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class DeadLettersAutoConfiguration {

    @Bean
    public ConfigurerModule hcirDeadLetterAttempts() {
        return configurer -> configurer.eventProcessing()
                                       .registerDefaultDeadLetterPolicy(config -> new CountingEnqueuePolicy());
    }

    @Bean
    public DeadLetterAdministration deadLetterAdministration(JdbcClient jdbc,
                                                             EventProcessingConfiguration processing,
                                                             @Value("${spring.application.name:}") String service) {
        return new DeadLetterAdministration(jdbc, processing, service);
    }

    @Bean
    public DeadLetterController deadLetterController(DeadLetterAdministration administration) {
        return new DeadLetterController(administration);
    }
}
