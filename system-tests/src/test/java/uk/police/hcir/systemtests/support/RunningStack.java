package uk.police.hcir.systemtests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import uk.police.hcir.deploy.local.LocalStack;
import uk.police.hcir.deploy.local.StackSettings;

/**
 * The whole stack, started once for the test classes that share it, on free ports and in a fresh directory,
 * and stopped when the test JVM ends, whether the tests passed or not. The services run as they are deployed:
 * logging JSON, and exporting every span to a {@link TraceCollector} the tests can read.
 */
public final class RunningStack {

    private static LocalStack stack;
    private static TraceCollector traces;

    private RunningStack() {
    }

    public static synchronized LocalStack get() {
        if (stack == null) {
            try {
                Path directory = Files.createTempDirectory("hcir-system-test-");
                traces = TraceCollector.start();
                StackSettings freePorts = StackSettings.freePorts(directory, StackSettings.builtServicesDirectory());
                List<String> jvmOptions = new ArrayList<>(freePorts.jvmOptions());
                jvmOptions.add("-Dmanagement.otlp.tracing.endpoint=" + traces.tracesEndpoint());
                jvmOptions.add("-Dmanagement.tracing.sampling.probability=1.0");
                jvmOptions.add("-Dlogging.structured.format.console=ecs");
                jvmOptions.add("-Dlogging.level.uk.police.hcir.platform.axonobservability=DEBUG");
                StackSettings settings = new StackSettings(freePorts.dataDirectory(), freePorts.servicesDirectory(),
                                                           freePorts.postgresPort(), freePorts.kafkaPort(),
                                                           freePorts.servicePorts(), jvmOptions);
                StackIdentity.giveTo(settings.dataDirectory());
                stack = new LocalStack(settings);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    stack.close();
                    traces.close();
                }, "stop-system-test-stack"));
                stack.startAll(Duration.ofMinutes(4));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stack;
    }

    /** What the running stack's services have exported as traces. */
    public static synchronized TraceCollector traces() {
        get();
        return traces;
    }
}
