package uk.police.hcir.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerTest {

    @Test
    void aServerKilledOutrightComesBackWithEveryCommittedRow(@TempDir Path directory) throws SQLException {
        try (PostgresServer server = PostgresServer.start(0, directory.resolve("data"), directory.resolve("pg.log"))) {
            server.createDatabase("ledger");
            try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE entry (id BIGSERIAL PRIMARY KEY, note TEXT)");
                statement.execute("INSERT INTO entry (note) SELECT 'committed' FROM generate_series(1, 100)");
            }

            server.crash();
            assertThat(server.isRunning()).isFalse();
            server.start();

            try (Connection connection = connect(server); Statement statement = connection.createStatement();
                 ResultSet count = statement.executeQuery("SELECT count(*) FROM entry")) {
                count.next();
                assertThat(count.getLong(1)).isEqualTo(100);
            }
        }
    }

    private static Connection connect(PostgresServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl("ledger"), PostgresServer.USER, "");
    }
}
