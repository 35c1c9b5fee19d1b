package uk.police.hcir.cases.events;

/**
 * The case was allocated to an officer or a team, or reallocated.
 *
 * @param caseId          the case
 * @param officerId       the officer now responsible, if one is
 * @param teamId          the team now responsible
 * @param previousOfficer the officer responsible before, on a reallocation
 * @param previousTeam    the team responsible before, on a reallocation
 */
public record CaseAllocated(String caseId, String officerId, String teamId, String previousOfficer,
                            String previousTeam) {

    public static final String EVENT_TYPE = "uk.police.hcir.case.case-allocated";
    public static final String REVISION = "1";
}
