package uk.police.hcir.cases.events;

import java.time.Instant;

/**
 * A step in the investigation that the Victims' Code obliges the police to tell the victim about.
 *
 * @param caseId    the case
 * @param milestone ARREST, INTERVIEW, RELEASE, CHARGE, OUT_OF_COURT_DISPOSAL or NO_FURTHER_ACTION
 * @param reachedAt when it happened
 */
public record InvestigativeMilestoneReached(String caseId, String milestone, Instant reachedAt) {

    public static final String EVENT_TYPE = "uk.police.hcir.case.investigative-milestone-reached";
    public static final String REVISION = "1";
}
