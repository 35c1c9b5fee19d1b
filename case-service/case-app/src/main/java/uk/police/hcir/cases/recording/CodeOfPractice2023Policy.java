package uk.police.hcir.cases.recording;

import java.util.ArrayList;
import java.util.List;

/**
 * The Non-Crime Hate Incidents Code of Practice (2023): no record for trivial, irrational or malicious reports, for
 * incidents between children of school age, or without some basis to conclude intentional hostility; the subject's
 * personal data recorded only where there is a real risk of significant harm or of a future offence; and the
 * subject told of the record unless that would create a safeguarding risk.
 */
public class CodeOfPractice2023Policy implements NchiPolicy {

    public static final String ID = "nchi-code-of-practice-2023/1";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Outcome apply(NchiAssessment assessment) {
        List<String> findings = new ArrayList<>();
        if (assessment.trivialIrrationalOrMalicious()) {
            findings.add("TRIVIAL_IRRATIONAL_OR_MALICIOUS");
        }
        if (assessment.betweenSchoolAgeChildren()) {
            findings.add("BETWEEN_SCHOOL_AGE_CHILDREN");
        }
        if (!assessment.basisForIntentionalHostility()) {
            findings.add("NO_BASIS_FOR_INTENTIONAL_HOSTILITY");
        }
        if (!findings.isEmpty()) {
            return new Outcome(RecordingDecision.NO_RECORD, false, false, List.copyOf(findings));
        }
        boolean personalData = assessment.realRiskOfSignificantHarmOrOffence();
        findings.add(personalData ? "REAL_RISK_OF_HARM_OR_OFFENCE" : "NO_REAL_RISK_OF_HARM_OR_OFFENCE");
        boolean notify = personalData && !assessment.notifyingSubjectCreatesSafeguardingRisk();
        if (personalData && !notify) {
            findings.add("NOTIFYING_SUBJECT_CREATES_SAFEGUARDING_RISK");
        }
        return new Outcome(RecordingDecision.NON_CRIME_HATE_INCIDENT, personalData, notify, List.copyOf(findings));
    }
}
