package uk.police.hcir.cases.events;

import java.time.Instant;

/**
 * A review the case needed was not done by the time it was due.
 *
 * @param caseId the case
 * @param review RISK_REASSESSMENT or SUPERVISOR_REVIEW
 * @param dueAt  when it was due
 */
public record RiskReviewOverdue(String caseId, String review, Instant dueAt) {

    public static final String EVENT_TYPE = "uk.police.hcir.case.risk-review-overdue";
    public static final String REVISION = "1";
}
