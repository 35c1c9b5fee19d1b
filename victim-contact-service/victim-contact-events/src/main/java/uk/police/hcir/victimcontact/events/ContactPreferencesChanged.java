package uk.police.hcir.victimcontact.events;

/**
 * How the victim wants to be contacted.
 *
 * @param caseId              the case
 * @param method              PHONE, EMAIL, LETTER, IN_PERSON, THROUGH_THIRD_PARTY or NO_CONTACT
 * @param timesSealed         when to make contact, sealed under the victim's key
 * @param language            the language to use, as an IETF tag
 * @param interpreterNeeded   whether an interpreter is needed
 * @param accessibilitySealed accessibility needs, sealed under the victim's key
 * @param routineEveryDays    how often the victim wants to hear how the case is going, in days
 */
public record ContactPreferencesChanged(String caseId,
                                        String method,
                                        String timesSealed,
                                        String language,
                                        boolean interpreterNeeded,
                                        String accessibilitySealed,
                                        int routineEveryDays) {

    public static final String EVENT_TYPE = "uk.police.hcir.victim-contact.contact-preferences-changed";
    public static final String REVISION = "1";
}
