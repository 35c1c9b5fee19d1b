package uk.police.hcir.intake.report.command;

/** Who makes the report. */
public enum ReporterRole {
    VICTIM, WITNESS, OTHER_PERSON, THIRD_PARTY_CENTRE, OFFICER
}
