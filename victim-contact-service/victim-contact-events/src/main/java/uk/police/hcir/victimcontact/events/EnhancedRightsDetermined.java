package uk.police.hcir.victimcontact.events;

import java.util.List;

/**
 * Whether the victim is entitled to the Victims' Code's enhanced rights, and on which grounds; determined
 * automatically from the case, or set by a supervisor with a reason.
 *
 * @param caseId            the case
 * @param enhanced          whether enhanced rights apply
 * @param grounds           HATE_CRIME, VULNERABLE_OR_INTIMIDATED, PERSISTENTLY_TARGETED, UNDER_18
 * @param updateWorkingDays how many working days the victim must be told of a key decision within: 1 or 5
 * @param overrideReason    the supervisor's reason, when set by hand rather than determined
 */
public record EnhancedRightsDetermined(String caseId,
                                       boolean enhanced,
                                       List<String> grounds,
                                       int updateWorkingDays,
                                       String overrideReason) {

    public static final String EVENT_TYPE = "uk.police.hcir.victim-contact.enhanced-rights-determined";
    public static final String REVISION = "1";
}
