package uk.police.hcir.intake.duplicates;

import java.time.Instant;
import java.util.List;

/** A pair of reports in the review queue: the later report, the earlier one it may duplicate, and why. */
public record DuplicateCandidate(String reportId,
                                 String reportReference,
                                 String candidateId,
                                 String candidateReference,
                                 double score,
                                 List<String> matchedRules,
                                 String status,
                                 Instant flaggedAt,
                                 Instant decidedAt,
                                 String decidedBy,
                                 String reason) {
}
