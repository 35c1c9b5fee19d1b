package uk.police.hcir.deploy.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import uk.police.hcir.platform.embedded.KafkaBroker;
import uk.police.hcir.platform.embedded.PostgresServer;
import uk.police.hcir.platform.servicetoken.ServiceTokenSigner;

/**
 * The whole of HCIR on one machine: a PostgreSQL server with one database per service, a Kafka broker, the four
 * services and the portal, each its own operating-system process.
 */
public final class LocalStack implements AutoCloseable {

    /** The database of per-subject keys, shared by the services as a key management service would be. */
    public static final String SUBJECT_KEYS_DATABASE = "hcir_keys";

    /**
     * The profile of a run on one machine: plain HTTP, one demonstration account per role in the portal, and a
     * demonstration reporting centre in intake.
     */
    public static final String LOCAL_PROFILE = "local";

    private final StackSettings settings;
    private final Map<HcirService, ServiceProcess> services = new EnumMap<>(HcirService.class);
    private final List<ServiceProcess> moreInstances = new ArrayList<>();
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private String keyEncryptionKey;
    private ServiceTokenSigningKey serviceTokenKeys;
    private boolean closed;

    public LocalStack(StackSettings settings) {
        this.settings = settings;
    }

    /** Starts the servers, then the given applications, and waits until every one reports ready. */
    public LocalStack start(List<HcirService> applications, Duration readyWithin) {
        for (HcirService service : applications) {
            Path jar = settings.servicesDirectory().resolve(service.jarName());
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("No " + jar + "; build the project first");
            }
        }
        Path data = settings.dataDirectory();
        Path logs = settings.logDirectory();
        CompletableFuture<PostgresServer> postgresStarted = CompletableFuture.supplyAsync(
                () -> PostgresServer.start(settings.postgresPort(), data.resolve("postgres"),
                                           logs.resolve("postgres.log")));
        CompletableFuture<KafkaBroker> kafkaStarted = CompletableFuture.supplyAsync(
                () -> KafkaBroker.start(settings.kafkaPort(), data.resolve("kafka"), logs.resolve("kafka.log")));
        CompletableFuture.allOf(postgresStarted, kafkaStarted).exceptionally(failure -> null).join();
        postgres = postgresStarted.exceptionally(failure -> null).join();
        kafka = kafkaStarted.exceptionally(failure -> null).join();
        postgresStarted.join();
        kafkaStarted.join();
        postgres.createDatabase(SUBJECT_KEYS_DATABASE);
        keyEncryptionKey = KeyEncryptionKey.loadOrCreate(data.resolve("key-encryption-key"));
        serviceTokenKeys = ServiceTokenSigningKey.loadOrCreate(data.resolve(ServiceTokenSigningKey.FILE_NAME));
        for (HcirService service : applications) {
            service.database().ifPresent(postgres::createDatabase);
        }
        for (HcirService service : applications) {
            ServiceProcess process = processFor(service);
            services.put(service, process);
            process.start();
        }
        List<CompletableFuture<Void>> ready = new ArrayList<>();
        for (ServiceProcess process : services.values()) {
            ready.add(CompletableFuture.runAsync(() -> process.awaitReady(readyWithin)));
        }
        CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).join();
        return this;
    }

    public LocalStack startAll(Duration readyWithin) {
        return start(List.of(HcirService.values()), readyWithin);
    }

    public ServiceProcess service(HcirService service) {
        ServiceProcess process = services.get(service);
        if (process == null) {
            throw new IllegalArgumentException(service + " is not part of this stack");
        }
        return process;
    }

    /** Kills the service outright (SIGKILL), as a crash or the out-of-memory killer would. */
    public void kill(HcirService service) {
        service(service).kill();
    }

    /** Stops the service politely (SIGTERM), as a deployment would. */
    public void stop(HcirService service) {
        service(service).stop();
    }

    /** Starts the service again, if it is not running, and waits until it reports ready. */
    public void restart(HcirService service, Duration readyWithin) {
        ServiceProcess process = service(service);
        process.start();
        process.awaitReady(readyWithin);
    }

    /** Starts an application the stack was started without, such as the portal, and waits until it is ready. */
    public synchronized ServiceProcess startApplication(HcirService service, Duration readyWithin) {
        if (services.containsKey(service)) {
            throw new IllegalStateException(service.serviceName() + " is part of this stack already");
        }
        ServiceProcess process = processFor(service);
        services.put(service, process);
        process.start();
        process.awaitReady(readyWithin);
        return process;
    }

    /**
     * Starts one more instance of an application beside the first, on its own port, with the same database and
     * topics, as a second replica would run; it shares the event processors' segments through the token store.
     */
    public synchronized ServiceProcess startAnotherInstance(HcirService service, int port, Duration readyWithin) {
        service(service);
        long running = moreInstances.stream().filter(process -> process.service() == service).count();
        String name = service.serviceName() + "-" + (running + 2);
        ServiceProcess process = processFor(service, port, settings.logDirectory().resolve(name + ".log"));
        moreInstances.add(process);
        process.start();
        process.awaitReady(readyWithin);
        return process;
    }

    public synchronized List<ServiceProcess> moreInstances() {
        return List.copyOf(moreInstances);
    }

    public List<HcirService> applications() {
        return List.copyOf(services.keySet());
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    /** Signs service tokens as this stack's portal does, for callers that act for a user without the portal. */
    public ServiceTokenSigner serviceTokens() {
        return ServiceTokenSigner.fromPem(serviceTokenKeys.privateKeyPem(), Clock.systemUTC());
    }

    public StackSettings settings() {
        return settings;
    }

    /**
     * Stops the applications, then Kafka, then PostgreSQL. Safe to call more than once, and from a shutdown hook:
     * a part that fails to stop does not keep the others running.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<CompletableFuture<Void>> stopped = new ArrayList<>();
        for (ServiceProcess process : services.values()) {
            stopped.add(CompletableFuture.runAsync(process::stop));
        }
        for (ServiceProcess process : moreInstances) {
            stopped.add(CompletableFuture.runAsync(process::stop));
        }
        for (CompletableFuture<Void> stop : stopped) {
            quietly("stopping an application", stop::join);
        }
        if (kafka != null) {
            quietly("stopping Kafka", kafka::stop);
        }
        if (postgres != null) {
            quietly("stopping PostgreSQL", postgres::stop);
        }
    }

    private static void quietly(String what, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            System.err.println("HCIR: failed " + what + ": " + e);
        }
    }

    private ServiceProcess processFor(HcirService service) {
        return processFor(service, settings.portOf(service),
                          settings.logDirectory().resolve(service.serviceName() + ".log"));
    }

    private ServiceProcess processFor(HcirService service, int port, Path logFile) {
        List<String> arguments = new ArrayList<>();
        arguments.add("--server.port=" + port);
        arguments.add("--spring.profiles.active=" + LOCAL_PROFILE);
        service.database().ifPresent(database -> {
            arguments.add("--spring.datasource.url=" + postgres.jdbcUrl(database));
            arguments.add("--spring.datasource.username=" + PostgresServer.USER);
            arguments.add("--axon.kafka.bootstrap-servers=" + kafka.bootstrapServers());
            arguments.add("--hcir.personal-data.keys-url=" + postgres.jdbcUrl(SUBJECT_KEYS_DATABASE));
        });
        for (HcirService other : HcirService.values()) {
            arguments.add("--hcir.services." + other.serviceName() + ".url=http://127.0.0.1:"
                                  + settings.portOf(other));
        }
        Map<String, String> secrets = service == HcirService.PORTAL
                ? Map.of("HCIR_PORTAL_SERVICE_TOKEN_SIGNING_KEY", serviceTokenKeys.privateKeyPem())
                : Map.of("HCIR_PERSONAL_DATA_KEY_ENCRYPTION_KEY", keyEncryptionKey,
                         "HCIR_IDENTITY_TOKEN_VERIFICATION_KEYS", serviceTokenKeys.publicKeyPem());
        return new ServiceProcess(service, port, settings.servicesDirectory().resolve(service.jarName()),
                                  settings.jvmOptions(), arguments, secrets, logFile);
    }
}
