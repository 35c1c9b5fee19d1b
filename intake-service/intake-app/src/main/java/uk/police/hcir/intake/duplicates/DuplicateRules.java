package uk.police.hcir.intake.duplicates;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How two reports are scored as possibly describing the same incident, each rule with its weight, and the score
 * from which a pair goes to a person for review ({@code hcir.intake.duplicates.*}).
 *
 * @param threshold              the score from which a pair is put in the review queue
 * @param screeningWindow        how far apart in time two incidents may be and still be compared
 * @param timeTolerance          how far the reported times may differ and still count as the same time
 * @param sameVictimWeight       both reports name the same victim
 * @param sameLocationWeight     both give the same place
 * @param sameAreaWeight         both are in the same neighbourhood, but the places differ or one is vague
 * @param sameTimeWeight         the times overlap, within the tolerance
 * @param sameDayWeight          the times are within a day of each other
 * @param wordsWeight            multiplied by the overlap of the words reported (0 to 1)
 * @param strandsWeight          multiplied by the overlap of the strands perceived (0 to 1)
 * @param differentVictimFactor  the score is multiplied by this when both name victims and they differ
 * @param differentDayFactor     the score is multiplied by this when the times are more than a day apart
 */
@ConfigurationProperties("hcir.intake.duplicates")
public record DuplicateRules(Double threshold,
                             Duration screeningWindow,
                             Duration timeTolerance,
                             Double sameVictimWeight,
                             Double sameLocationWeight,
                             Double sameAreaWeight,
                             Double sameTimeWeight,
                             Double sameDayWeight,
                             Double wordsWeight,
                             Double strandsWeight,
                             Double differentVictimFactor,
                             Double differentDayFactor) {

    public DuplicateRules {
        threshold = orDefault(threshold, 0.5);
        screeningWindow = screeningWindow == null ? Duration.ofDays(14) : screeningWindow;
        timeTolerance = timeTolerance == null ? Duration.ofHours(3) : timeTolerance;
        sameVictimWeight = orDefault(sameVictimWeight, 0.35);
        sameLocationWeight = orDefault(sameLocationWeight, 0.25);
        sameAreaWeight = orDefault(sameAreaWeight, 0.1);
        sameTimeWeight = orDefault(sameTimeWeight, 0.3);
        sameDayWeight = orDefault(sameDayWeight, 0.1);
        wordsWeight = orDefault(wordsWeight, 0.3);
        strandsWeight = orDefault(strandsWeight, 0.05);
        differentVictimFactor = orDefault(differentVictimFactor, 0.2);
        differentDayFactor = orDefault(differentDayFactor, 0.3);
    }

    public static DuplicateRules defaults() {
        return new DuplicateRules(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static Double orDefault(Double value, double fallback) {
        return value == null ? fallback : value;
    }
}
