package uk.police.hcir.systemtests.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The benchmark at its smallest size, so that it cannot rot: every phase runs against the real stack and every figure
 * comes out with its baseline and target, in the table and in results.json. Speeds are not asserted here; the
 * machine running the build decides those.
 */
@Tag("benchmark-smoke")
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class BenchmarkSmokeTest {

    @Test
    void aSmokeRunReportsEveryFigureWithItsBaselineAndTarget() throws Exception {
        Results results = new Benchmark(BenchmarkSize.named("smoke")).run();

        List<String> keys = results.figures().stream().map(Figure::key).toList();
        assertThat(keys).containsAll(Results.KEYS);
        assertThat(results.figures()).allSatisfy(figure -> assertThat(figure.complete()).as(figure.toString()).isTrue());
        String table = results.table();
        results.figures().forEach(figure -> assertThat(table).contains(figure.label()));

        JsonNode written = new ObjectMapper().readTree(Benchmark.resultsFile().toFile());
        List<String> writtenKeys = new ArrayList<>();
        written.get("figures").forEach(figure -> {
            writtenKeys.add(figure.get("key").asText());
            for (String field : List.of("measured", "baseline", "ratio", "target", "met")) {
                assertThat(figure.hasNonNull(field)).as(figure.get("key") + " has " + field).isTrue();
            }
            assertThat(figure.get("baselineLabel").asText()).isNotBlank();
        });
        assertThat(writtenKeys).containsAll(Results.KEYS);
        assertThat(written.get("details").get("store.events").asLong())
                .isGreaterThanOrEqualTo(BenchmarkSize.named("smoke").storeEvents());
    }
}
