package uk.police.hcir.cases.recording;

/** What a report is recorded as. */
public enum RecordingDecision {
    /** A notifiable crime, with its offence classification and crime number. */
    CRIME,
    /** A non-crime hate incident, under the policy in force. */
    NON_CRIME_HATE_INCIDENT,
    /** Kept as intelligence only, with no one's personal data recorded against an incident. */
    INTELLIGENCE_ONLY,
    /** Not recorded. */
    NO_RECORD
}
