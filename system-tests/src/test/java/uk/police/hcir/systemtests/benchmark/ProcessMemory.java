package uk.police.hcir.systemtests.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Resident memory of processes, as Linux counts it: the proportional set size (PSS) of each process and its
 * descendants, so that memory PostgreSQL's processes share is counted once, not once per process.
 */
final class ProcessMemory {

    private ProcessMemory() {
    }

    /** Bytes resident for the processes and all their descendants. */
    static long residentBytes(Collection<Long> pids) {
        List<Long> all = new ArrayList<>();
        for (long pid : pids) {
            all.add(pid);
            ProcessHandle.of(pid).ifPresent(handle -> handle.descendants().forEach(d -> all.add(d.pid())));
        }
        return all.stream().distinct().mapToLong(ProcessMemory::pss).sum();
    }

    /** The postmaster's process id, from its data directory. */
    static Optional<Long> postmaster(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static long pss(long pid) {
        Path rollup = Path.of("/proc", Long.toString(pid), "smaps_rollup");
        try {
            for (String line : Files.readAllLines(rollup)) {
                if (line.startsWith("Pss:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process has gone, or this is not Linux: it counts for nothing
        }
        return 0;
    }
}
