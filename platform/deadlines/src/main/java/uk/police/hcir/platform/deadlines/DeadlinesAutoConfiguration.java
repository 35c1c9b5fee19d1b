package uk.police.hcir.platform.deadlines;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import uk.police.hcir.platform.axonpostgres.AdditionalMigrations;

/**
 * Deadlines kept in the service's own database: Axon's DeadlineManager runs on db-scheduler (Axon configures it
 * once a scheduler exists), and Flyway creates the schedule's table.
 */
@AutoConfiguration
public class DeadlinesAutoConfiguration {

    @Bean
    public FlywayConfigurationCustomizer scheduledTasksMigrationLocation() {
        return AdditionalMigrations.at("classpath:db/hcir-deadlines");
    }
}
