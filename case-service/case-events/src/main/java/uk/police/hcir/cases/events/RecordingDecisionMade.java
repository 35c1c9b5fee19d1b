package uk.police.hcir.cases.events;

import java.util.List;

/**
 * The recording decision: whether what was reported is recorded as a crime, as a non-crime hate incident, as
 * intelligence only, or not at all, and why.
 *
 * @param caseId            the case
 * @param decision          CRIME, NON_CRIME_HATE_INCIDENT, INTELLIGENCE_ONLY or NO_RECORD
 * @param offenceCode       the Home Office offence classification, for a crime
 * @param offenceGroup      the offence group of the Home Office hate crime return, for a crime
 * @param crimeNumber       the force's crime number, for a crime
 * @param reason            why this decision was made
 * @param policy            the non-crime hate incident policy in force, and its version, when it was made
 * @param personalDataOfSubjectRecorded for a non-crime hate incident: whether the subject's personal data is
 *                          recorded, which the policy allows only where there is a real risk of significant harm or
 *                          of a future offence
 * @param subjectToBeNotified for a non-crime hate incident: whether the subject is to be told it was recorded
 * @param policyFindings    the policy's findings that led to the decision
 * @param late              whether it was made after the decision was due
 */
public record RecordingDecisionMade(String caseId,
                                    String decision,
                                    String offenceCode,
                                    String offenceGroup,
                                    String crimeNumber,
                                    String reason,
                                    String policy,
                                    boolean personalDataOfSubjectRecorded,
                                    boolean subjectToBeNotified,
                                    List<String> policyFindings,
                                    boolean late) {

    public static final String EVENT_TYPE = "uk.police.hcir.case.recording-decision-made";
    public static final String REVISION = "1";
}
