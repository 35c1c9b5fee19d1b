package uk.police.hcir.deploy.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.police.hcir.platform.embedded.ChildProcess;

/** One application of the stack running as its own JVM, that can be killed and started again. */
public final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final HcirService service;
    private final int port;
    private final Path jar;
    private final List<String> jvmOptions;
    private final List<String> arguments;
    private final Map<String, String> environment;
    private final Path logFile;
    private ChildProcess process;

    ServiceProcess(HcirService service, int port, Path jar, List<String> jvmOptions, List<String> arguments,
                   Map<String, String> environment, Path logFile) {
        this.service = service;
        this.port = port;
        this.jar = jar;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.arguments = List.copyOf(arguments);
        this.environment = Map.copyOf(environment);
        this.logFile = logFile;
    }

    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("java.home") + "/bin/java");
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(arguments);
        process = ChildProcess.start(service.serviceName(), command, logFile, environment);
    }

    /** Waits until the service reports itself ready to take traffic. */
    public void awaitReady(Duration timeout) {
        Instant giveUp = Instant.now().plus(timeout);
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.serviceName() + " exited while starting; see " + logFile);
            }
            if (isReady()) {
                return;
            }
            pause(Duration.ofMillis(250));
        }
        throw new IllegalStateException(service.serviceName() + " was not ready within " + timeout
                                                 + "; see " + logFile);
    }

    public boolean isReady() {
        try {
            HttpResponse<Void> response = HTTP.send(
                    HttpRequest.newBuilder(baseUri().resolve("/actuator/health/readiness"))
                               .timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Kills the process outright (SIGKILL), as a crash would. */
    public synchronized void kill() {
        if (process != null) {
            process.kill();
        }
    }

    /** Stops the process politely (SIGTERM), letting it finish what it is doing. */
    public synchronized void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(30));
        }
    }

    public HcirService service() {
        return service;
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return logFile;
    }

    public synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    public synchronized long pid() {
        return process.pid();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
