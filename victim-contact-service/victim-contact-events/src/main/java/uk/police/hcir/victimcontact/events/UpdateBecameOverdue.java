package uk.police.hcir.victimcontact.events;

import java.time.Instant;

/**
 * A duty to the victim was not met by its deadline; the case goes to the victim care queue.
 *
 * @param caseId the case
 * @param dutyId the duty
 * @param reason what the duty was for
 * @param dueBy  the deadline that passed
 */
public record UpdateBecameOverdue(String caseId, String dutyId, String reason, Instant dueBy) {

    public static final String EVENT_TYPE = "uk.police.hcir.victim-contact.update-became-overdue";
    public static final String REVISION = "1";
}
