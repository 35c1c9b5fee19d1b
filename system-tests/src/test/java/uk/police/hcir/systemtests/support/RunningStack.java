package uk.police.hcir.systemtests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import uk.police.hcir.deploy.local.LocalStack;
import uk.police.hcir.deploy.local.StackSettings;

/**
 * The whole stack, started once for the test classes that share it, on free ports and in a fresh directory,
 * and stopped when the test JVM ends, whether the tests passed or not.
 */
public final class RunningStack {

    private static LocalStack stack;

    private RunningStack() {
    }

    public static synchronized LocalStack get() {
        if (stack == null) {
            try {
                Path directory = Files.createTempDirectory("hcir-system-test-");
                stack = new LocalStack(StackSettings.freePorts(directory, StackSettings.builtServicesDirectory()));
                Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "stop-system-test-stack"));
                stack.startAll(Duration.ofMinutes(4));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stack;
    }
}
