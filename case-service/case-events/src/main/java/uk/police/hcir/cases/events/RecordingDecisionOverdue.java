package uk.police.hcir.cases.events;

import java.time.Instant;

/**
 * No recording decision was made by the time it was due; the case goes to the supervisor's queue.
 *
 * @param caseId the case
 * @param dueAt  when the decision was due
 */
public record RecordingDecisionOverdue(String caseId, Instant dueAt) {

    public static final String EVENT_TYPE = "uk.police.hcir.case.recording-decision-overdue";
    public static final String REVISION = "1";
}
