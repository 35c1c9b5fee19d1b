package uk.police.hcir.platform.testsupport;

import java.util.Locale;

/**
 * The real PostgreSQL server and Kafka broker that tests run against, started once per test JVM.
 *
 * <p>By default these are embedded servers, each its own process, needing nothing but a JDK. Where a Docker
 * engine exists, setting the system property or environment variable {@code hcir.test.infrastructure} /
 * {@code HCIR_TEST_INFRASTRUCTURE} to {@code testcontainers} runs the same tests against containers instead.
 */
public interface TestInfrastructure {

    String SWITCH_PROPERTY = "hcir.test.infrastructure";
    String SWITCH_ENVIRONMENT = "HCIR_TEST_INFRASTRUCTURE";

    /** The infrastructure of this JVM, started on first use. */
    static TestInfrastructure get() {
        return Holder.INSTANCE;
    }

    String jdbcUrl(String database);

    String username();

    String password();

    /** Creates an empty database for one test context. */
    void createDatabase(String database);

    String kafkaBootstrapServers();

    final class Holder {
        private static final TestInfrastructure INSTANCE = start();

        private Holder() {
        }

        private static TestInfrastructure start() {
            String chosen = System.getProperty(SWITCH_PROPERTY, System.getenv(SWITCH_ENVIRONMENT));
            String mode = chosen == null ? "embedded" : chosen.trim().toLowerCase(Locale.ROOT);
            return switch (mode) {
                case "embedded" -> EmbeddedTestInfrastructure.start();
                case "testcontainers" -> ContainerTestInfrastructure.start();
                default -> throw new IllegalStateException(
                        SWITCH_PROPERTY + " must be 'embedded' or 'testcontainers', not '" + chosen + "'");
            };
        }
    }
}
