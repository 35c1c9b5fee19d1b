package uk.police.hcir.intake.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import uk.police.hcir.intake.duplicates.LabelledReportPairs.LabelledPair;

class DuplicateScorerAccuracyTest {

    private final DuplicateScorer scorer = new DuplicateScorer(DuplicateRules.defaults());

    @Test
    void theDefaultRulesFindDuplicatesWithPrecisionAndRecallOfAtLeastNinetyPercent() {
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        int pairs = 0;
        Map<String, int[]> byKind = new TreeMap<>();
        for (long seed = 1; seed <= 3; seed++) {
            List<LabelledPair> labelled = new LabelledReportPairs(seed).generate();
            for (LabelledPair pair : labelled) {
                boolean flagged = scorer.isPossibleDuplicate(scorer.score(pair.second(), pair.first()));
                truePositives += flagged && pair.duplicate() ? 1 : 0;
                falsePositives += flagged && !pair.duplicate() ? 1 : 0;
                falseNegatives += !flagged && pair.duplicate() ? 1 : 0;
                int[] counts = byKind.computeIfAbsent(pair.kind(), k -> new int[2]);
                counts[0]++;
                counts[1] += flagged == pair.duplicate() ? 1 : 0;
                pairs++;
            }
        }
        double precision = (double) truePositives / (truePositives + falsePositives);
        double recall = (double) truePositives / (truePositives + falseNegatives);

        System.out.printf("Duplicate detection on %d labelled pairs: precision %.3f, recall %.3f "
                                  + "(%d true positives, %d false positives, %d missed)%n",
                          pairs, precision, recall, truePositives, falsePositives, falseNegatives);
        byKind.forEach((kind, counts) -> System.out.printf("  %-55s %4d pairs, %5.1f%% right%n", kind, counts[0],
                                                           100.0 * counts[1] / counts[0]));
        assertThat(pairs).isGreaterThanOrEqualTo(200);
        assertThat(precision).isGreaterThanOrEqualTo(0.9);
        assertThat(recall).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void theSameVictimAtTheSamePlaceOnAnotherDayIsRepeatVictimisationNotADuplicate() {
        ReportFacts first = facts("victim-1", "2026-06-01T20:00:00Z", "home-1", "Lakenham");
        ReportFacts secondWeek = facts("victim-1", "2026-06-08T20:00:00Z", "home-1", "Lakenham");

        DuplicateScorer.Score score = scorer.score(secondWeek, first);

        assertThat(scorer.isPossibleDuplicate(score)).isFalse();
        assertThat(score.matchedRules()).contains("SAME_VICTIM", "SAME_LOCATION", "DIFFERENT_DAYS");
    }

    @Test
    void theSameVictimAtTheSamePlaceAndTimeIsAPossibleDuplicate() {
        ReportFacts online = facts("victim-1", "2026-06-01T20:00:00Z", "home-1", "Lakenham");
        ReportFacts centre = facts("victim-1", "2026-06-01T21:30:00Z", "home-1", "Lakenham");

        DuplicateScorer.Score score = scorer.score(centre, online);

        assertThat(scorer.isPossibleDuplicate(score)).isTrue();
        assertThat(score.matchedRules()).contains("SAME_VICTIM", "SAME_LOCATION", "SAME_TIME");
    }

    private static ReportFacts facts(String victim, String at, String location, String area) {
        java.time.Instant from = java.time.Instant.parse(at);
        return new ReportFacts(java.util.UUID.randomUUID().toString(), from, from.plusSeconds(600), victim, false,
                               location, area, java.util.Set.of("word-1", "word-2"), java.util.Set.of("RACE"));
    }
}
