package uk.police.hcir.platform.testsupport;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import uk.police.hcir.platform.testsupport.identity.TestServiceTokens;

/**
 * Points a Spring test context at the test infrastructure: a fresh database of its own on the shared PostgreSQL
 * server, the shared Kafka broker, and trust in the tests' service tokens.
 */
public class HcirInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** One key-encryption key for the whole test JVM, as a real deployment has one per environment. */
    private static final String KEY_ENCRYPTION_KEY = randomKey();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        String database = freshDatabase(infrastructure, "test_");
        String keysDatabase = freshDatabase(infrastructure, "keys_");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("hcir-test-infrastructure", Map.of(
                "spring.datasource.url", infrastructure.jdbcUrl(database),
                "spring.datasource.username", infrastructure.username(),
                "spring.datasource.password", infrastructure.password(),
                "axon.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers(),
                "hcir.personal-data.keys-url", infrastructure.jdbcUrl(keysDatabase),
                "hcir.personal-data.keys-username", infrastructure.username(),
                "hcir.personal-data.keys-password", infrastructure.password(),
                "hcir.personal-data.key-encryption-key", KEY_ENCRYPTION_KEY,
                "hcir.identity.token-verification-keys", TestServiceTokens.verificationKey())));
    }

    private static String freshDatabase(TestInfrastructure infrastructure, String prefix) {
        String database = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                                       .toLowerCase(Locale.ROOT);
        infrastructure.createDatabase(database);
        return database;
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
