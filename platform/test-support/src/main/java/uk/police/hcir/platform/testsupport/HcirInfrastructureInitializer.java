package uk.police.hcir.platform.testsupport;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context at the test infrastructure: a fresh database of its own on the shared PostgreSQL
 * server, and the shared Kafka broker.
 */
public class HcirInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        String database = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                                        .toLowerCase(Locale.ROOT);
        infrastructure.createDatabase(database);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("hcir-test-infrastructure", Map.of(
                "spring.datasource.url", infrastructure.jdbcUrl(database),
                "spring.datasource.username", infrastructure.username(),
                "spring.datasource.password", infrastructure.password(),
                "axon.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers())));
    }
}
