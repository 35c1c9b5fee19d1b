package uk.police.hcir.systemtests.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of one run: printed as a table, and written as JSON. */
public final class Results {

    /** Every figure a complete run has. */
    public static final List<String> KEYS = List.of(
            "throughput", "throughput.vs-kafka", "latency.p50", "latency.p95", "latency.p99", "rebuild", "timeline.p50", "timeline.p99",
            "ready", "memory");

    private final String size;
    private final Instant startedAt = Instant.now();
    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, Object> details = new LinkedHashMap<>();

    public Results(String size) {
        this.size = size;
    }

    public synchronized void add(Figure figure) {
        figures.removeIf(existing -> existing.key().equals(figure.key()));
        figures.add(figure);
    }

    /** Counts and settings that explain the figures: sizes, the machine, the workload. */
    public synchronized void detail(String key, Object value) {
        details.put(key, value);
    }

    public synchronized List<Figure> figures() {
        return List.copyOf(figures);
    }

    public synchronized Map<String, Object> details() {
        return Map.copyOf(details);
    }

    public synchronized String table() {
        StringBuilder out = new StringBuilder();
        String format = "%-58s %14s %14s %9s %10s %5s  %s%n";
        out.append(String.format(Locale.ROOT, format, "figure (" + size + ")", "measured", "baseline", "ratio",
                                 "target", "met?", "baseline is"));
        out.append("-".repeat(150)).append('\n');
        for (Figure f : figures) {
            out.append(String.format(Locale.ROOT, format, f.label() + " [" + f.unit() + "]", number(f.measured()),
                                     number(f.baseline()), String.format(Locale.ROOT, "%.3f", f.ratio()),
                                     (f.higherIsBetter() ? ">= " : "< ") + number(f.target()),
                                     f.met() ? "yes" : "NO", f.baselineLabel()));
        }
        details.forEach((key, value) -> out.append("  ").append(key).append(": ").append(value).append('\n'));
        return out.toString();
    }

    public synchronized void write(Path file) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("size", size);
        document.put("startedAt", startedAt.toString());
        document.put("finishedAt", Instant.now().toString());
        document.put("machine", Map.of("processors", Runtime.getRuntime().availableProcessors(),
                                       "os", System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                                       "java", System.getProperty("java.version")));
        List<Map<String, Object>> list = new ArrayList<>();
        for (Figure f : figures) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("key", f.key());
            entry.put("label", f.label());
            entry.put("unit", f.unit());
            entry.put("measured", f.measured());
            entry.put("baseline", f.baseline());
            entry.put("baselineLabel", f.baselineLabel());
            entry.put("ratio", f.ratio());
            entry.put("target", f.target());
            entry.put("targetIs", f.higherIsBetter() ? "at least" : "below");
            entry.put("met", f.met());
            list.add(entry);
        }
        document.put("figures", list);
        document.put("details", details);
        try {
            Files.createDirectories(file.getParent());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String number(double value) {
        if (!Double.isFinite(value)) {
            return "-";
        }
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.2f", value);
    }
}
