package uk.police.hcir.intake.report.submission;

/** The closed answers a report is made of. */
public final class Answers {

    private Answers() {
    }

    /** Whether the perception question was put to the person. */
    public enum PerceptionAsked { ASKED, NOT_ASKED, COULD_NOT_ANSWER }

    /** Who perceives hostility or prejudice. */
    public enum PerceivedBy { VICTIM, WITNESS, OTHER_PERSON, OFFICER }

    public enum AgeGroup { CHILD, ADULT, OLDER_PERSON, UNKNOWN }

    public enum ContactMethod { PHONE, EMAIL, LETTER, IN_PERSON, THROUGH_THIRD_PARTY, NO_CONTACT }

    /** The victim's choice about the police, as a third-party reporting centre records it. */
    public enum PoliceContact { CONSENTS_TO_CONTACT, IDENTIFIED_NO_POLICE_CONTACT, FULLY_ANONYMOUS }

    public enum EvidenceKind {
        CCTV, PHOTOGRAPHS, VIDEO, AUDIO, WITNESSES, ITEMS_AT_SCENE, ONLINE_CONTENT, MEDICAL_RECORDS, OTHER
    }

    public enum ThriveLevel { LOW, MEDIUM, HIGH }

    public enum ResponseGrade { IMMEDIATE, PRIORITY, SCHEDULED, RESOLVED_WITHOUT_DEPLOYMENT }
}
