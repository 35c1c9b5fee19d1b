package uk.police.hcir.platform.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.kafka.KafkaContainer;

/** PostgreSQL and Kafka in containers, for machines that have a Docker engine. */
final class ContainerTestInfrastructure implements TestInfrastructure {

    private final PostgreSQLContainer<?> postgres;
    private final KafkaContainer kafka;

    private ContainerTestInfrastructure(PostgreSQLContainer<?> postgres, KafkaContainer kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    static ContainerTestInfrastructure start() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException(SWITCH_PROPERTY + "=testcontainers was chosen, but no Docker engine "
                                                    + "is reachable; leave the switch unset to use embedded servers");
        }
        PostgreSQLContainer<?> postgres = new PostgreSQLContainer<>("postgres:17.6");
        KafkaContainer kafka = new KafkaContainer("apache/kafka-native:3.9.1");
        postgres.start();
        kafka.start();
        return new ContainerTestInfrastructure(postgres, kafka);
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getFirstMappedPort() + "/" + database;
    }

    @Override
    public String username() {
        return postgres.getUsername();
    }

    @Override
    public String password() {
        return postgres.getPassword();
    }

    @Override
    public void createDatabase(String database) {
        try (Connection connection = DriverManager.getConnection(postgres.getJdbcUrl(), username(), password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }
}
