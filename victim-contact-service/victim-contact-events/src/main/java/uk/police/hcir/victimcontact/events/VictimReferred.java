package uk.police.hcir.victimcontact.events;

/**
 * The victim was referred to a support service, with their consent.
 *
 * @param caseId     the case
 * @param referralId the referral
 * @param service    VICTIM_SUPPORT, LOCAL_SPECIALIST or REPORTING_CENTRE
 * @param late       whether it was made after the referral was due
 */
public record VictimReferred(String caseId, String referralId, String service, boolean late) {

    public static final String EVENT_TYPE = "uk.police.hcir.victim-contact.victim-referred";
    public static final String REVISION = "1";
}
