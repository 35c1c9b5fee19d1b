package uk.police.hcir.systemtests.reliability.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Prints a scenario's account to the test output and adds it to {@code target/reliability-report.txt}. */
public final class ReliabilityReport {

    private static final Path FILE = Path.of(System.getProperty("hcir.reliability.report",
                                                                "target/reliability-report.txt"));

    private ReliabilityReport() {
    }

    public static void publish(String text) {
        System.out.println(text);
        try {
            Files.createDirectories(FILE.toAbsolutePath().getParent());
            Files.writeString(FILE, text + System.lineSeparator(), StandardOpenOption.CREATE,
                              StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
