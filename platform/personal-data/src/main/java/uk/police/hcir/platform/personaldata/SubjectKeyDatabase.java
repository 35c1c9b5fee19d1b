package uk.police.hcir.platform.personaldata;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The connection to the shared subject-key database: a small pool of its own, deliberately not a DataSource bean,
 * so that it never stands in for the service's own database.
 */
public final class SubjectKeyDatabase implements AutoCloseable {

    private final HikariDataSource dataSource;

    SubjectKeyDatabase(PersonalDataProperties properties) {
        if (properties.keysUrl() == null || properties.keysUrl().isBlank()) {
            throw new IllegalStateException("hcir.personal-data.keys-url must name the subject-key database");
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("subject-keys");
        config.setJdbcUrl(properties.keysUrl());
        config.setUsername(properties.keysUsername());
        config.setPassword(properties.keysPassword());
        config.setMaximumPoolSize(4);
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(-1);
        this.dataSource = new HikariDataSource(config);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/hcir-keys")
              .table("subject_key_schema_history").load().migrate();
    }

    JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
