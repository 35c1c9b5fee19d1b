package uk.police.hcir.platform.personaldata;

/** Whose personal data a key protects. */
public enum SubjectKind {
    VICTIM,
    REPORTER,
    WITNESS,
    SUSPECT,
    /** The free text of one report, which may name anyone. */
    REPORT_NARRATIVE
}
