package uk.police.hcir.cases.recording;

/**
 * What the officer found about a report that is not a crime, which the non-crime hate incident policy decides on.
 *
 * @param trivialIrrationalOrMalicious          the report is trivial, irrational, or made maliciously
 * @param basisForIntentionalHostility          there is some basis to conclude the act was intentionally hostile
 * @param betweenSchoolAgeChildren              it happened between children of school age
 * @param realRiskOfSignificantHarmOrOffence    there is a real risk of significant harm to someone, or of a future
 *                                              criminal offence
 * @param notifyingSubjectCreatesSafeguardingRisk telling the subject it was recorded would create a risk to someone's
 *                                              safety
 */
public record NchiAssessment(boolean trivialIrrationalOrMalicious,
                             boolean basisForIntentionalHostility,
                             boolean betweenSchoolAgeChildren,
                             boolean realRiskOfSignificantHarmOrOffence,
                             boolean notifyingSubjectCreatesSafeguardingRisk) {
}
