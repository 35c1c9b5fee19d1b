package uk.police.hcir.cases.events;

/**
 * A supervisor reviewed the case: approved how it is being handled, or returned it with what must change, and
 * decided on a multi-agency referral.
 *
 * @param caseId              the case
 * @param outcome             APPROVED or RETURNED
 * @param comments            what the supervisor said
 * @param multiAgencyReferral REFERRED, NOT_NEEDED or NOT_DECIDED
 * @param referralAgency      the agency or panel referred to, when referred
 */
public record SupervisorReviewed(String caseId,
                                 String outcome,
                                 String comments,
                                 String multiAgencyReferral,
                                 String referralAgency) {

    public static final String EVENT_TYPE = "uk.police.hcir.case.supervisor-reviewed";
    public static final String REVISION = "1";
}
