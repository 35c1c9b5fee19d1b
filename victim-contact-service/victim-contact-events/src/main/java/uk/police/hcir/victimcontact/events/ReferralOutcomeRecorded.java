package uk.police.hcir.victimcontact.events;

/**
 * The support service accepted or declined a referral.
 *
 * @param caseId     the case
 * @param referralId the referral
 * @param status     ACCEPTED or DECLINED
 * @param reason     why, when declined
 */
public record ReferralOutcomeRecorded(String caseId, String referralId, String status, String reason) {

    public static final String EVENT_TYPE = "uk.police.hcir.victim-contact.referral-outcome-recorded";
    public static final String REVISION = "1";
}
