package uk.police.hcir.systemtests.reliability.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Prints a scenario's account to the test output and to {@code target/reliability-report.txt}, which holds the
 * accounts of the latest run of the suite.
 */
public final class ReliabilityReport {

    private static final Path FILE = Path.of(System.getProperty("hcir.reliability.report",
                                                                "target/reliability-report.txt"));

    private static boolean started;

    private ReliabilityReport() {
    }

    public static synchronized void publish(String text) {
        System.out.println(text);
        try {
            Files.createDirectories(FILE.toAbsolutePath().getParent());
            Files.writeString(FILE, text + System.lineSeparator(), StandardOpenOption.CREATE,
                              started ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
            started = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
