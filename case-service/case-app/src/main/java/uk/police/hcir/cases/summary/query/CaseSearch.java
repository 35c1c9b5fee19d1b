package uk.police.hcir.cases.summary.query;

import java.time.Instant;

/**
 * What to look for: any combination of reference, victim, strand, status, officer, team and reporting period.
 * A null criterion matches everything.
 */
public record CaseSearch(String reference,
                         String victimSubjectId,
                         String strand,
                         String status,
                         String officerId,
                         String teamId,
                         Instant reportedFrom,
                         Instant reportedTo,
                         int limit,
                         int offset) {
}
