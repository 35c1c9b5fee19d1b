package uk.police.hcir.victimcontact.events;

import java.time.Instant;

/**
 * The victim must be updated by a deadline: after a milestone the Code names (within 1 working day with enhanced
 * rights, 5 otherwise), to refer them to support (within 2 working days), or for routine contact.
 *
 * @param caseId  the case
 * @param dutyId  the duty
 * @param reason  REFERRAL, ROUTINE, or the milestone: ARREST, INTERVIEW, RELEASE, CHARGE, OUT_OF_COURT_DISPOSAL,
 *                NO_FURTHER_ACTION, RECORDING_DECISION, OUTCOME, CASE_CLOSED
 * @param dueBy   the deadline
 */
public record UpdateDue(String caseId, String dutyId, String reason, Instant dueBy) {

    public static final String EVENT_TYPE = "uk.police.hcir.victim-contact.update-due";
    public static final String REVISION = "1";
}
