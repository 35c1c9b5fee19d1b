package uk.police.hcir.systemtests.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The benchmark at the size {@code -Dhcir.benchmark.size=} names (smoke, norfolk or national), run by the
 * {@code benchmark} profile and never by the ordinary build.
 */
@Tag("benchmark")
class BenchmarkRunTest {

    @Test
    void benchmark() throws Exception {
        Results results = new Benchmark(BenchmarkSize.configured()).run();
        assertThat(results.figures()).isNotEmpty();
    }
}
