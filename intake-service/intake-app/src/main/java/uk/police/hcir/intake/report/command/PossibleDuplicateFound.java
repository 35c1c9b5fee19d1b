package uk.police.hcir.intake.report.command;

import java.util.List;

/** Screening found an earlier report that this one may duplicate; a person decides. */
public record PossibleDuplicateFound(String reportId, String candidate, double score, List<String> matchedRules) {
}
