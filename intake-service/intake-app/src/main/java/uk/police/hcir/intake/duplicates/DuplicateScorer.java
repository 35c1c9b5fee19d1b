package uk.police.hcir.intake.duplicates;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores how likely two reports describe the same incident, from 0 to 1, and says which rules matched. Reports
 * about the same victim on different days are repeat victimisation, not duplicates; reports naming different
 * victims are different crimes even at the same time and place.
 */
public class DuplicateScorer {

    public record Score(double value, List<String> matchedRules) {
    }

    private final DuplicateRules rules;

    public DuplicateScorer(DuplicateRules rules) {
        this.rules = rules;
    }

    public Score score(ReportFacts a, ReportFacts b) {
        List<String> matched = new ArrayList<>();
        double score = 0;
        double factor = 1;

        if (a.namesVictim() && b.namesVictim()) {
            if (a.victimSubjectId().equals(b.victimSubjectId())) {
                score += rules.sameVictimWeight();
                matched.add("SAME_VICTIM");
            } else {
                factor *= rules.differentVictimFactor();
                matched.add("DIFFERENT_VICTIMS");
            }
        }

        if (a.locationMatchKey() != null && a.locationMatchKey().equals(b.locationMatchKey())) {
            score += rules.sameLocationWeight();
            matched.add("SAME_LOCATION");
        } else if (a.locationArea() != null && a.locationArea().equalsIgnoreCase(nullToEmpty(b.locationArea()))) {
            score += rules.sameAreaWeight();
            matched.add("SAME_AREA");
        }

        Duration gap = gap(a, b);
        if (gap.compareTo(rules.timeTolerance()) <= 0) {
            score += rules.sameTimeWeight();
            matched.add("SAME_TIME");
        } else if (gap.compareTo(Duration.ofHours(24)) <= 0) {
            score += rules.sameDayWeight();
            matched.add("SAME_DAY");
        } else {
            factor *= rules.differentDayFactor();
            matched.add("DIFFERENT_DAYS");
        }

        double words = overlap(a.wordKeys(), b.wordKeys());
        if (words > 0) {
            score += rules.wordsWeight() * words;
            matched.add(String.format("WORDS_%d%%", Math.round(words * 100)));
        }
        double strands = overlap(a.strands(), b.strands());
        if (strands > 0) {
            score += rules.strandsWeight() * strands;
            matched.add("SAME_STRANDS");
        }
        return new Score(Math.min(1.0, score) * factor, List.copyOf(matched));
    }

    public boolean isPossibleDuplicate(Score score) {
        return score.value() >= rules.threshold();
    }

    /** The time between two incidents' periods; zero when they overlap. */
    static Duration gap(ReportFacts a, ReportFacts b) {
        Instant latestStart = a.occurredFrom().isAfter(b.occurredFrom()) ? a.occurredFrom() : b.occurredFrom();
        Instant earliestEnd = a.occurredTo().isBefore(b.occurredTo()) ? a.occurredTo() : b.occurredTo();
        return latestStart.isAfter(earliestEnd) ? Duration.between(earliestEnd, latestStart) : Duration.ZERO;
    }

    /** Jaccard similarity: what the two sets share, out of what either has. */
    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return (double) shared.size() / union.size();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
