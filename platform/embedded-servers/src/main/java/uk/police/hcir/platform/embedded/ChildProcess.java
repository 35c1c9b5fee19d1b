package uk.police.hcir.platform.embedded;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An operating-system process this JVM started, with its output in a log file, that can be stopped politely or
 * killed outright. Every child is stopped when this JVM exits, so none outlives a failed test or a Ctrl-C.
 */
public final class ChildProcess {

    private final String name;
    private final Process process;
    private final Path logFile;

    private ChildProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(Duration.ofSeconds(20)), "stop-" + name));
    }

    public static ChildProcess start(String name, List<String> command, Path logFile) {
        return start(name, command, logFile, Map.of());
    }

    /** Starts the command with extra environment variables, which unlike arguments no other user can read. */
    public static ChildProcess start(String name, List<String> command, Path logFile, Map<String, String> environment) {
        try {
            logFile.getParent().toFile().mkdirs();
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            return new ChildProcess(name, process, logFile);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + name + ": " + String.join(" ", command), e);
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Asks the process to stop (SIGTERM) and waits for it, killing it if it does not stop in time. */
    public void stop(Duration grace) {
        process.destroy();
        awaitExit(grace);
    }

    /** Kills the process at once (SIGKILL), as a crash or the out-of-memory killer would. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    private void awaitExit(Duration grace) {
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
