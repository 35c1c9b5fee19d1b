package uk.police.hcir.cases.events;

/**
 * The case was closed.
 *
 * @param caseId                 the case
 * @param closingUpdateGiven     whether the victim was given a closing update
 * @param noClosingUpdateReason  why not, when they were not
 */
public record CaseClosed(String caseId, boolean closingUpdateGiven, String noClosingUpdateReason) {

    public static final String EVENT_TYPE = "uk.police.hcir.case.case-closed";
    public static final String REVISION = "1";
}
