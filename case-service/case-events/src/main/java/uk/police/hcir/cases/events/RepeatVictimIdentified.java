package uk.police.hcir.cases.events;

import java.util.List;

/**
 * The victim, or the address, was already in earlier reports within the look-back window: the victim may be
 * persistently targeted.
 *
 * @param caseId          the case
 * @param victimSubjectId the victim, when matched by person
 * @param matchedBy       SAME_VICTIM, SAME_ADDRESS or both
 * @param earlierCases    the earlier cases within the window
 * @param windowMonths    the look-back window, in months
 */
public record RepeatVictimIdentified(String caseId,
                                     String victimSubjectId,
                                     List<String> matchedBy,
                                     List<String> earlierCases,
                                     int windowMonths) {

    public static final String EVENT_TYPE = "uk.police.hcir.case.repeat-victim-identified";
    public static final String REVISION = "1";
}
