package uk.police.hcir.intake.events;

import java.time.Instant;
import java.util.List;

/**
 * A report of a hate incident was received on one of intake's channels. The report id is also the id of the case
 * that case-service opens for it, and the subject of every event about that case.
 *
 * <p>It carries no personal data in clear text: people are pseudonymous subject ids, places and identities that
 * are compared across reports are keyed hashes, and free text is sealed under the key of the person it is about
 * ({@code sealed:v1:<subject>:<ciphertext>}), so that erasing that person puts every copy beyond use.
 *
 * @param reportId     the report's id, which is also its case's id
 * @param reference    the reference the reporter was given
 * @param channel      CONTROL_ROOM, ONLINE, THIRD_PARTY or OFFICER
 * @param receivedAt   when intake accepted it
 * @param reporterRole who reported: VICTIM, WITNESS, OTHER_PERSON, THIRD_PARTY_CENTRE or OFFICER
 * @param incident     what happened, when and where
 * @param perception   the answer to the perception question
 * @param victim       the victim, unless the report names none
 * @param suspectCount how many suspects were described
 * @param evidence     the kinds of evidence available
 * @param consent      the victim's choices about police contact and referral to support
 * @param thrive       the control room's THRIVE grading; only on control-room reports
 * @param partner      the reporting centre; only on third-party reports
 */
public record ReportReceived(String reportId,
                             String reference,
                             String channel,
                             Instant receivedAt,
                             String reporterRole,
                             Incident incident,
                             Perception perception,
                             Victim victim,
                             int suspectCount,
                             List<String> evidence,
                             Consent consent,
                             Thrive thrive,
                             Partner partner) {

    public static final String EVENT_TYPE = "uk.police.hcir.intake.report-received";
    public static final String REVISION = "2";

    /**
     * @param occurredFrom       when it happened, or the start of the period it happened in
     * @param occurredTo         the end of that period; the same as occurredFrom when the time is known
     * @param locationArea       the neighbourhood or policing area, coarse enough not to identify anyone
     * @param locationMatchKey   a keyed hash of the normalised address, equal for reports about the same place
     * @param locationSealed     the place as given, sealed
     * @param whatHappenedSealed the account of what happened, sealed
     * @param wordsUsedSealed    words, symbols or gestures used, sealed
     * @param onlineElement      whether any of it happened online
     */
    public record Incident(Instant occurredFrom,
                           Instant occurredTo,
                           String locationArea,
                           String locationMatchKey,
                           String locationSealed,
                           String whatHappenedSealed,
                           String wordsUsedSealed,
                           boolean onlineElement) {
    }

    /**
     * @param asked              ASKED, NOT_ASKED or COULD_NOT_ANSWER
     * @param notAskedReason     why it was not asked, when it was not
     * @param hostilityPerceived whether anyone perceives hostility or prejudice
     * @param perceivedBy        who perceives it: VICTIM, WITNESS, OTHER_PERSON, OFFICER
     * @param strands            the characteristics the hostility is perceived to target: the five monitored
     *                           strands (RACE, RELIGION, SEXUAL_ORIENTATION, DISABILITY, TRANSGENDER_IDENTITY) and any
     *                           the force records locally
     * @param ownWordsSealed     the person's own words about why they think it happened, sealed
     */
    public record Perception(String asked,
                             String notAskedReason,
                             boolean hostilityPerceived,
                             List<String> perceivedBy,
                             List<String> strands,
                             String ownWordsSealed) {
    }

    /**
     * @param subjectId             the victim as a data subject; the same id in every report about the same person
     * @param anonymous             whether the victim chose not to be identified
     * @param ageGroup              CHILD (under 18), ADULT, OLDER_PERSON (65 and over) or UNKNOWN
     * @param vulnerabilityIndicated whether the reporter indicated the victim is vulnerable or intimidated
     * @param contactPreferences    how the victim wants to be contacted
     * @param contactDetailsSealed  name, address, telephone and email, sealed
     */
    public record Victim(String subjectId,
                         boolean anonymous,
                         String ageGroup,
                         boolean vulnerabilityIndicated,
                         ContactPreferences contactPreferences,
                         String contactDetailsSealed) {
    }

    /**
     * @param method                PHONE, EMAIL, LETTER, IN_PERSON, THROUGH_THIRD_PARTY or NO_CONTACT
     * @param timesSealed           when to contact, sealed
     * @param language              the language to use, as an IETF tag such as "en" or "pl"
     * @param interpreterNeeded     whether an interpreter is needed
     * @param accessibilitySealed   accessibility needs, sealed
     */
    public record ContactPreferences(String method,
                                     String timesSealed,
                                     String language,
                                     boolean interpreterNeeded,
                                     String accessibilitySealed) {
    }

    /**
     * @param policeContact     CONSENTS_TO_CONTACT, IDENTIFIED_NO_POLICE_CONTACT or FULLY_ANONYMOUS
     * @param referralToSupport whether the victim consents to referral to support services
     */
    public record Consent(String policeContact, boolean referralToSupport) {
    }

    /**
     * The control room's grading of the call: each of threat, harm, risk, investigation, vulnerability and
     * engagement as LOW, MEDIUM or HIGH, and the response grade that follows.
     *
     * @param grade IMMEDIATE, PRIORITY, SCHEDULED or RESOLVED_WITHOUT_DEPLOYMENT
     */
    public record Thrive(String threat,
                         String harm,
                         String risk,
                         String investigation,
                         String vulnerability,
                         String engagement,
                         String grade) {
    }

    /**
     * @param centreId        the reporting centre
     * @param centreReference the centre's own reference for the report
     */
    public record Partner(String centreId, String centreReference) {
    }
}
