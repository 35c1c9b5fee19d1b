package uk.police.hcir.intake.duplicates;

import java.time.Instant;
import java.util.Set;

/**
 * What duplicate screening knows of a report: times, and keyed hashes in place of the victim, the place and the
 * words, so that it compares reports without holding anyone's personal data.
 */
public record ReportFacts(String reportId,
                          Instant occurredFrom,
                          Instant occurredTo,
                          String victimSubjectId,
                          boolean victimAnonymous,
                          String locationMatchKey,
                          String locationArea,
                          Set<String> wordKeys,
                          Set<String> strands) {

    boolean namesVictim() {
        return victimSubjectId != null && !victimAnonymous;
    }
}
