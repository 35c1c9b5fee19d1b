package uk.police.hcir.cases.events;

/**
 * The case was merged into another case about the same incident; its history stays and nothing more happens on it.
 *
 * @param caseId the merged case
 * @param into   the case it now forms part of
 */
public record CaseMerged(String caseId, String into) {

    public static final String EVENT_TYPE = "uk.police.hcir.case.case-merged";
    public static final String REVISION = "1";
}
