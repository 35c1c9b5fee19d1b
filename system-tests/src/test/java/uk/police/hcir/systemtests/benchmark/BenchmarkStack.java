package uk.police.hcir.systemtests.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import uk.police.hcir.deploy.local.HcirService;
import uk.police.hcir.deploy.local.LocalStack;
import uk.police.hcir.deploy.local.StackSettings;
import uk.police.hcir.platform.embedded.FreePorts;
import uk.police.hcir.platform.embedded.KafkaBroker;
import uk.police.hcir.platform.embedded.PostgresServer;
import uk.police.hcir.systemtests.support.StackIdentity;

/**
 * The whole stack as the local run starts it (PostgreSQL, the broker, the four services and the portal, each its own
 * process, with the services' default settings), in a fresh directory on free ports. The only change is that the
 * public and partner rate limits are lifted, since every synthetic report comes from one address and one centre;
 * {@code -Dhcir.benchmark.service-options=} adds JVM options to every service, to compare a setting with its default.
 */
final class BenchmarkStack implements AutoCloseable {

    static final Duration READY_WITHIN = Duration.ofMinutes(4);

    private final LocalStack stack;
    private final Path directory;
    private final Duration readyIn;

    private BenchmarkStack(LocalStack stack, Path directory, Duration readyIn) {
        this.stack = stack;
        this.directory = directory;
        this.readyIn = readyIn;
    }

    static BenchmarkStack start() {
        Path directory = temporaryDirectory("hcir-benchmark-");
        StackSettings freePorts = StackSettings.freePorts(directory, StackSettings.builtServicesDirectory());
        List<String> jvmOptions = new ArrayList<>(freePorts.jvmOptions());
        jvmOptions.add("-Dhcir.intake.rate-limits.public-per-minute=100000000");
        jvmOptions.add("-Dhcir.intake.rate-limits.partner-per-minute=100000000");
        String extra = System.getProperty("hcir.benchmark.service-options", "");
        for (String option : extra.trim().split("\\s+")) {
            if (!option.isBlank()) {
                jvmOptions.add(option);
            }
        }
        StackSettings settings = new StackSettings(directory, freePorts.servicesDirectory(), freePorts.postgresPort(),
                                                   freePorts.kafkaPort(), freePorts.servicePorts(), jvmOptions);
        StackIdentity.giveTo(directory);
        LocalStack stack = new LocalStack(settings);
        long started = System.nanoTime();
        try {
            stack.startAll(READY_WITHIN);
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        return new BenchmarkStack(stack, directory, Duration.ofNanos(System.nanoTime() - started));
    }

    /** The servers alone, started, measured and stopped: the floor under the stack's start and memory. */
    static InfrastructureBaseline infrastructureBaseline() {
        Path directory = temporaryDirectory("hcir-benchmark-servers-");
        long started = System.nanoTime();
        PostgresServer postgres = null;
        KafkaBroker kafka = null;
        try {
            PostgresServer pg = PostgresServer.start(FreePorts.pick(), directory.resolve("postgres"),
                                                     directory.resolve("logs/postgres.log"));
            postgres = pg;
            kafka = KafkaBroker.start(FreePorts.pick(), directory.resolve("kafka"), directory.resolve("logs/kafka.log"));
            Duration ready = Duration.ofNanos(System.nanoTime() - started);
            List<Long> pids = new ArrayList<>();
            pids.add(kafka.pid());
            ProcessMemory.postmaster(directory.resolve("postgres")).ifPresent(pids::add);
            return new InfrastructureBaseline(ready, ProcessMemory.residentBytes(pids));
        } finally {
            if (kafka != null) {
                kafka.kill();
            }
            if (postgres != null) {
                postgres.stop();
            }
            delete(directory);
        }
    }

    record InfrastructureBaseline(Duration ready, long residentBytes) {
    }

    Duration readyIn() {
        return readyIn;
    }

    long residentBytes() {
        List<Long> pids = new ArrayList<>();
        pids.add(stack.kafka().pid());
        ProcessMemory.postmaster(directory.resolve("postgres")).ifPresent(pids::add);
        for (HcirService service : stack.applications()) {
            pids.add(stack.service(service).pid());
        }
        return ProcessMemory.residentBytes(pids);
    }

    URI uriOf(HcirService service) {
        return stack.service(service).baseUri();
    }

    String jdbcUrl(HcirService service) {
        return stack.postgres().jdbcUrl(service.database().orElseThrow());
    }

    String kafkaBootstrapServers() {
        return stack.kafka().bootstrapServers();
    }

    Path directory() {
        return directory;
    }

    /** Stops everything and deletes the data; the logs stay, for whoever reads a failure. */
    @Override
    public void close() {
        stack.close();
        delete(directory.resolve("postgres"));
        delete(directory.resolve("kafka"));
    }

    private static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Could not delete " + directory + ": " + e);
        }
    }
}
