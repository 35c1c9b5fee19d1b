package uk.police.hcir.systemtests.reliability.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import uk.police.hcir.deploy.local.HcirService;
import uk.police.hcir.deploy.local.LocalStack;
import uk.police.hcir.deploy.local.ServiceProcess;
import uk.police.hcir.deploy.local.StackSettings;
import uk.police.hcir.platform.embedded.FreePorts;
import uk.police.hcir.platform.embedded.KafkaBroker;
import uk.police.hcir.platform.embedded.PostgresServer;
import uk.police.hcir.systemtests.support.StackIdentity;

/**
 * A stack of its own for one fault scenario: PostgreSQL, the Kafka broker and the four services, each its own
 * process, in a fresh directory on free ports, with every fault the scenarios inject. It is always shut down: by
 * {@link #close()} when the scenario ends, however it ends, and by a JVM shutdown hook should the test JVM be
 * stopped first.
 */
public final class FaultableStack implements AutoCloseable {

    public static final List<HcirService> SERVICES = List.of(
            HcirService.INTAKE, HcirService.CASE, HcirService.VICTIM_CONTACT, HcirService.REPORTING);

    static final Duration READY_WITHIN = Duration.ofMinutes(4);

    private final LocalStack stack;
    private final Path directory;
    private final Thread shutdownHook;
    private final Map<HcirService, ServiceProcess> secondInstances = new EnumMap<>(HcirService.class);

    private FaultableStack(LocalStack stack, Path directory) {
        this.stack = stack;
        this.directory = directory;
        this.shutdownHook = new Thread(stack::close, "stop-faultable-stack");
    }

    public static FaultableStack start() {
        Path directory;
        try {
            directory = Files.createTempDirectory("hcir-reliability-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StackIdentity.giveTo(directory);
        LocalStack stack = new LocalStack(StackSettings.freePorts(directory, StackSettings.builtServicesDirectory()));
        FaultableStack faultable = new FaultableStack(stack, directory);
        Runtime.getRuntime().addShutdownHook(faultable.shutdownHook);
        try {
            stack.start(SERVICES, READY_WITHIN);
        } catch (RuntimeException e) {
            faultable.close();
            throw e;
        }
        return faultable;
    }

    /**
     * Where a client reaches the service, as through a load balancer: the first instance while it runs, else a
     * second one that does.
     */
    public URI uriOf(HcirService service) {
        ServiceProcess second = secondInstances.get(service);
        if (second != null && second.isAlive() && !stack.service(service).isAlive()) {
            return second.baseUri();
        }
        return stack.service(service).baseUri();
    }

    /** Starts the portal, signed in to with its demonstration accounts, in front of the stack's services. */
    public URI startPortal() {
        return stack.startApplication(HcirService.PORTAL, READY_WITHIN).baseUri();
    }

    /** Starts a second instance of the service on a port of its own, sharing its database, and waits for it. */
    public void startSecondInstance(HcirService service) {
        if (secondInstances.containsKey(service)) {
            throw new IllegalStateException(service.serviceName() + " has a second instance already");
        }
        secondInstances.put(service, stack.startAnotherInstance(service, FreePorts.pick(), READY_WITHIN));
    }

    public ServiceProcess secondInstance(HcirService service) {
        ServiceProcess second = secondInstances.get(service);
        if (second == null) {
            throw new IllegalStateException(service.serviceName() + " has no second instance");
        }
        return second;
    }

    /** The operating-system process id of the first instance, which names it as the owner of its token claims. */
    public long pidOf(HcirService service) {
        return stack.service(service).pid();
    }

    public String jdbcUrl(HcirService service) {
        return stack.postgres().jdbcUrl(service.database().orElseThrow());
    }

    public String kafkaBootstrapServers() {
        return stack.kafka().bootstrapServers();
    }

    /** Runs one statement in the service's database, as an operator or a migration would. */
    public void execute(HcirService service, String statement) {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(jdbcUrl(service),
                                                                                  PostgresServer.USER, "");
             java.sql.Statement sql = connection.createStatement()) {
            sql.execute(statement);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not run " + statement + " in " + service.serviceName(), e);
        }
    }

    /** The single number a query of the service's database answers. */
    public long queryNumber(HcirService service, String query) {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(jdbcUrl(service),
                                                                                  PostgresServer.USER, "");
             java.sql.Statement sql = connection.createStatement();
             java.sql.ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not run " + query + " in " + service.serviceName(), e);
        }
    }

    public Path directory() {
        return directory;
    }

    public Path logOf(HcirService service) {
        return stack.service(service).logFile();
    }

    /** SIGKILLs the service: no shutdown hook, no flush, no release of its token claims. */
    public void kill(HcirService service) {
        stack.kill(service);
    }

    /** Stops the service with SIGTERM, letting it release its token claims. */
    public void stop(HcirService service) {
        stack.stop(service);
    }

    public void restart(HcirService service) {
        stack.restart(service, READY_WITHIN);
    }

    /** Starts the services again side by side, as an orchestrator would, and waits until every one is ready. */
    public void restart(HcirService... services) {
        CompletableFuture.allOf(Arrays.stream(services)
                                      .map(service -> CompletableFuture.runAsync(() -> restart(service)))
                                      .toArray(CompletableFuture[]::new))
                         .join();
    }

    public boolean isAlive(HcirService service) {
        return stack.service(service).isAlive();
    }

    public boolean isReady(HcirService service) {
        return stack.service(service).isReady();
    }

    /** Stops the broker cleanly; its data stays. */
    public void stopBroker() {
        stack.kafka().stop();
    }

    /** Starts the broker again on the same port and data, and waits until it answers. */
    public void startBroker() {
        stack.kafka().start();
    }

    public KafkaBroker broker() {
        return stack.kafka();
    }

    /** Shuts PostgreSQL down (every session is terminated); its data stays. */
    public void stopPostgres() {
        stack.postgres().stop();
    }

    /** Kills every PostgreSQL process at once (SIGKILL); the next start goes through crash recovery. */
    public void crashPostgres() {
        stack.postgres().crash();
    }

    /** Starts PostgreSQL again on the same port and data, and waits until it takes connections. */
    public void startPostgres() {
        stack.postgres().start();
    }

    public PostgresServer postgres() {
        return stack.postgres();
    }

    /** The databases and topics go; the logs stay, for whoever reads a failure. */
    private void deleteData() {
        for (String data : List.of("postgres", "kafka")) {
            if (!Files.exists(directory.resolve(data))) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(directory.resolve(data))) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                System.err.println("Could not delete " + directory.resolve(data) + ": " + e);
            }
        }
    }

    /** Kills everything outright, since nothing of a finished scenario needs keeping, and then tidies up. */
    @Override
    public void close() {
        CompletableFuture.allOf(Stream.concat(
                                        stack.applications().stream()
                                             .map(service -> CompletableFuture.runAsync(() -> stack.kill(service))),
                                        stack.moreInstances().stream()
                                             .map(process -> CompletableFuture.runAsync(process::kill)))
                                     .toArray(CompletableFuture[]::new))
                         .exceptionally(failure -> null)
                         .join();
        if (stack.kafka() != null) {
            stack.kafka().kill();
        }
        stack.close();
        deleteData();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run; the stack is being stopped either way
        }
    }
}
