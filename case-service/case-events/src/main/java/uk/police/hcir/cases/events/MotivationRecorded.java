package uk.police.hcir.cases.events;

import java.util.List;

/**
 * Who perceives hostility, and towards which characteristics, as a perception: what someone believes, recorded
 * without challenge and kept apart from what the investigation finds.
 *
 * @param caseId             the case
 * @param source             REPORT when taken from the report's answer to the perception question; OFFICER when an
 *                           officer records a perception learned later
 * @param hostilityPerceived whether anyone perceives hostility or prejudice
 * @param perceivedBy        VICTIM, WITNESS, OTHER_PERSON or OFFICER
 * @param strands            the characteristics the hostility is perceived to target
 * @param ownWordsSealed     the person's own words, sealed under a data subject's key
 * @param onlineElement      whether any of it happened online
 */
public record MotivationRecorded(String caseId,
                                 String source,
                                 boolean hostilityPerceived,
                                 List<String> perceivedBy,
                                 List<String> strands,
                                 String ownWordsSealed,
                                 boolean onlineElement) {

    public static final String EVENT_TYPE = "uk.police.hcir.case.motivation-recorded";
    public static final String REVISION = "1";
}
