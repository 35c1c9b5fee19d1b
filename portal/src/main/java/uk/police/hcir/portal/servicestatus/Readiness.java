package uk.police.hcir.portal.servicestatus;

/** Whether a service can take work, as its readiness probe says, with the words and colour a page shows. */
public enum Readiness {

    READY("Ready", "govuk-tag--green"),
    NOT_READY("Not ready", "govuk-tag--yellow"),
    UNREACHABLE("Cannot be reached", "govuk-tag--red");

    private final String label;
    private final String tagClass;

    Readiness(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    public String label() {
        return label;
    }

    public String tagClass() {
        return tagClass;
    }
}
