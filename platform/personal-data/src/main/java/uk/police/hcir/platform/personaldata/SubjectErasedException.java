package uk.police.hcir.platform.personaldata;

/** New personal data cannot be sealed for a subject who has been erased. */
public class SubjectErasedException extends RuntimeException {

    public SubjectErasedException(String subjectId) {
        super("Data subject " + subjectId + " has been erased");
    }
}
