package uk.police.hcir.deploy.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DemoCaseTest {

    private static final List<DemoCase> FIRST_26 = IntStream.range(0, 26).mapToObj(DemoCase::numbered).toList();

    @Test
    void aSmallLoadPlansEveryChannelStrandAndStage() {
        assertThat(FIRST_26.stream().map(DemoCase::channel).distinct()).containsExactlyInAnyOrderElementsOf(
                DemoCase.CHANNELS);
        Set<String> strands = new TreeSet<>();
        FIRST_26.forEach(demo -> strands.addAll(demo.strands()));
        assertThat(strands).containsExactlyInAnyOrderElementsOf(DemoCase.STRANDS);
        assertThat(FIRST_26.stream().map(DemoCase::stage).distinct()).containsExactlyInAnyOrder(
                DemoCase.Stage.values());
    }

    @Test
    void theSameNumberAlwaysMakesTheSameReportSoReloadingIsRecognised() {
        for (int number = 0; number < 300; number++) {
            assertThat(DemoCase.numbered(number).report()).isEqualTo(DemoCase.numbered(number).report());
            assertThat(DemoCase.numbered(number).idempotencyKey()).matches("[A-Za-z0-9_-]{8,128}");
        }
    }

    @Test
    void everyIncidentIsInThePastAndEveryDuplicateFollowsItsOriginal() {
        List<String> problems = new ArrayList<>();
        for (int number = 0; number < 300; number++) {
            DemoCase demo = DemoCase.numbered(number);
            if (!demo.occurredAt().isBefore(Instant.parse("2026-11-25T00:00:00Z"))) {
                problems.add(number + " happens too late: " + demo.occurredAt());
            }
            if (demo.duplicateOf() >= 0 && demo.duplicateOf() != number - 1) {
                problems.add(number + " duplicates " + demo.duplicateOf());
            }
        }
        assertThat(problems).isEmpty();
    }
}
