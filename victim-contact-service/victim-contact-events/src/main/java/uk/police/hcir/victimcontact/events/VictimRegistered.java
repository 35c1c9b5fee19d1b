package uk.police.hcir.victimcontact.events;

/**
 * The victim of a case was registered for Victims' Code contact. A victim in several cases has the same subject id
 * in each.
 *
 * @param caseId                the case
 * @param victimSubjectId       the victim as a pseudonymous data subject
 * @param anonymous             whether the victim chose not to be identified
 * @param ageGroup              CHILD, ADULT, OLDER_PERSON or UNKNOWN
 * @param policeContact         CONSENTS_TO_CONTACT, IDENTIFIED_NO_POLICE_CONTACT or FULLY_ANONYMOUS
 * @param referralConsent       whether the victim consents to referral to support services
 * @param contactMethod         how the victim wants to be contacted, when known
 */
public record VictimRegistered(String caseId,
                               String victimSubjectId,
                               boolean anonymous,
                               String ageGroup,
                               String policeContact,
                               boolean referralConsent,
                               String contactMethod) {

    public static final String EVENT_TYPE = "uk.police.hcir.victim-contact.victim-registered";
    public static final String REVISION = "1";
}
