package uk.police.hcir.platform.embedded;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * A real single-node Kafka broker in KRaft mode, run from the Apache Kafka jars as its own process, keeping its
 * data in a directory so that it can be stopped and started again without losing anything.
 */
public final class KafkaBroker implements AutoCloseable {

    private final int port;
    private final int controllerPort;
    private final Path dataDirectory;
    private final Path logFile;
    private ChildProcess process;

    private KafkaBroker(int port, int controllerPort, Path dataDirectory, Path logFile) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.dataDirectory = dataDirectory;
        this.logFile = logFile;
    }

    /** Starts a broker on the given port (0 picks a free one) and waits until it answers. */
    public static KafkaBroker start(int port, Path dataDirectory, Path logFile) {
        int clientPort = port == 0 ? FreePorts.pick() : port;
        KafkaBroker broker = new KafkaBroker(clientPort, FreePorts.pick(), dataDirectory, logFile);
        broker.start();
        return broker;
    }

    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of(
                JvmClasspath.javaExecutable(), "-Xms64m", "-Xmx384m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                "-Dlogback.configurationFile=hcir-kafka-broker-logback.xml",
                "-cp", JvmClasspath.current(), KafkaBrokerMain.class.getName(),
                Integer.toString(port), Integer.toString(controllerPort), dataDirectory.toString()));
        process = ChildProcess.start("kafka", command, logFile);
        awaitReady(Duration.ofSeconds(90));
    }

    /** Stops the broker cleanly; {@link #start()} brings it back with the same data. */
    public synchronized void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(30));
        }
    }

    /** Kills the broker outright. */
    public synchronized void kill() {
        if (process != null) {
            process.kill();
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        stop();
    }

    private void awaitReady(Duration timeout) {
        Instant giveUp = Instant.now().plus(timeout);
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka exited while starting; see " + logFile);
            }
            if (portOpen() && answers()) {
                return;
            }
            pause();
        }
        throw new IllegalStateException("Kafka did not become ready within " + timeout + "; see " + logFile);
    }

    private boolean portOpen() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private boolean answers() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                                               AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                                               AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        }
    }
}
