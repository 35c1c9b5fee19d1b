package uk.police.hcir.victimcontact.events;

import java.util.Map;

/**
 * The victim's needs were assessed, or reassessed when circumstances changed.
 *
 * @param caseId      the case
 * @param answers     each needs question's answer: YES, NO or DECLINED
 * @param outcome     NO_FURTHER_NEEDS, SUPPORT_NEEDED or SPECIALIST_SUPPORT_NEEDED
 * @param reassessment whether this replaces an earlier assessment
 */
public record NeedsAssessed(String caseId, Map<String, String> answers, String outcome, boolean reassessment) {

    public static final String EVENT_TYPE = "uk.police.hcir.victim-contact.needs-assessed";
    public static final String REVISION = "1";
}
