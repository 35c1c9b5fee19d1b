package uk.police.hcir.cases.events;

/**
 * A closed case was reopened.
 *
 * @param caseId the case
 * @param reason why
 */
public record CaseReopened(String caseId, String reason) {

    public static final String EVENT_TYPE = "uk.police.hcir.case.case-reopened";
    public static final String REVISION = "1";
}
