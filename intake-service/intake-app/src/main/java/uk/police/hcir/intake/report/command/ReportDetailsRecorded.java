package uk.police.hcir.intake.report.command;

import java.util.List;

/**
 * What intake keeps about a report and publishes to nobody: the reporter's details, the suspects' descriptions
 * and the notes on evidence, each sealed under the key of the person it is about.
 *
 * @param reportId            the report
 * @param reporterSubjectId   the reporter as a data subject, when the reporter is not the victim
 * @param reporterSealed      the reporter's name, contact details and relationship to the victim, sealed
 * @param narrativeSubjectId  the subject whose key seals the report's free text
 * @param suspects            each suspect as a subject, with the description sealed under that subject's key
 * @param evidenceNotesSealed notes on the evidence, sealed
 */
public record ReportDetailsRecorded(String reportId,
                                    String reporterSubjectId,
                                    String reporterSealed,
                                    String narrativeSubjectId,
                                    List<SealedSuspect> suspects,
                                    String evidenceNotesSealed) {

    public record SealedSuspect(String subjectId, String descriptionSealed, boolean knownToVictim) {
    }
}
