package uk.police.hcir.platform.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import uk.police.hcir.platform.embedded.KafkaBroker;
import uk.police.hcir.platform.embedded.PostgresServer;

/** PostgreSQL and Kafka as processes of their own, from the embedded binaries and the Kafka jars. */
final class EmbeddedTestInfrastructure implements TestInfrastructure {

    private final PostgresServer postgres;
    private final KafkaBroker kafka;

    private EmbeddedTestInfrastructure(PostgresServer postgres, KafkaBroker kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    static EmbeddedTestInfrastructure start() {
        try {
            Path root = Files.createTempDirectory("hcir-test-infrastructure-");
            PostgresServer postgres = PostgresServer.start(0, root.resolve("postgres"), root.resolve("postgres.log"));
            KafkaBroker kafka = KafkaBroker.start(0, root.resolve("kafka"), root.resolve("kafka.log"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                kafka.kill();
                postgres.stop();
                deleteQuietly(root);
            }, "stop-test-infrastructure"));
            return new EmbeddedTestInfrastructure(postgres, kafka);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    @Override
    public String username() {
        return PostgresServer.USER;
    }

    @Override
    public String password() {
        return "";
    }

    @Override
    public void createDatabase(String database) {
        postgres.createDatabase(database);
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    private static void deleteQuietly(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // the temporary directory is left for the operating system to clear
        }
    }
}
