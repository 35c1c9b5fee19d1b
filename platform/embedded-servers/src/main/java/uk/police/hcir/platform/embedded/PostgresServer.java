package uk.police.hcir.platform.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server run from the embedded binaries as its own process, with its data in a directory that
 * survives a restart. Durability is not relaxed: every commit is flushed before it is acknowledged.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final int port;
    private final Path dataDirectory;
    private final Path logFile;
    private EmbeddedPostgres postgres;

    private PostgresServer(int port, Path dataDirectory, Path logFile) {
        this.port = port;
        this.dataDirectory = dataDirectory;
        this.logFile = logFile;
    }

    /** Starts a server on the given port (0 picks a free one) over the given data directory. */
    public static PostgresServer start(int port, Path dataDirectory, Path logFile) {
        PostgresServer server = new PostgresServer(port == 0 ? FreePorts.pick() : port, dataDirectory, logFile);
        server.start();
        return server;
    }

    public synchronized void start() {
        if (postgres != null) {
            return;
        }
        try {
            logFile.getParent().toFile().mkdirs();
            postgres = EmbeddedPostgres.builder()
                                       .setPort(port)
                                       .setDataDirectory(dataDirectory)
                                       .setCleanDataDirectory(false)
                                       .setRegisterShutdownHook(false)
                                       .setServerConfig("synchronous_commit", "on")
                                       .setServerConfig("max_connections", "400")
                                       .setServerConfig("shared_buffers", "128MB")
                                       .setPGStartupWait(Duration.ofSeconds(60))
                                       .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                                       .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                                       .start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start; see " + logFile, e);
        }
    }

    /** Shuts the server down cleanly; {@link #start()} brings it back with the same data. */
    public synchronized void stop() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            postgres = null;
        }
    }

    /**
     * Kills the postmaster and every PostgreSQL process under it at once (SIGKILL), as a power cut or the
     * out-of-memory killer would: nothing is flushed, every session is cut, and {@link #start()} goes through crash
     * recovery.
     */
    public synchronized void crash() {
        if (postgres == null) {
            return;
        }
        long postmasterPid = postmasterPid();
        ProcessHandle postmaster = ProcessHandle.of(postmasterPid)
                                                .orElseThrow(() -> new IllegalStateException(
                                                        "No postmaster with pid " + postmasterPid));
        List<ProcessHandle> all = new ArrayList<>();
        all.add(postmaster);
        postmaster.descendants().forEach(all::add);
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : all) {
            try {
                process.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("PostgreSQL process " + process.pid() + " did not die", e);
            }
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            postgres = null;
        }
    }

    private long postmasterPid() {
        try {
            return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot read the postmaster's pid in " + dataDirectory, e);
        }
    }

    public synchronized void restart() {
        stop();
        start();
    }

    public int port() {
        return port;
    }

    public synchronized boolean isRunning() {
        return postgres != null;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Creates the database unless it exists already. */
    public void createDatabase(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a database name: " + database);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet existing = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                if (existing.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }

    /** Drops the database, closing any connection still open to it. */
    public void dropDatabase(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a database name: " + database);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop database " + database, e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
