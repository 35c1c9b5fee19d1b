package uk.police.hcir.victimcontact.events;

import java.time.Instant;
import java.util.List;

/**
 * Contact was made with the victim: who, when, how and, in brief and sealed, what was said. It meets the duties
 * that were due.
 *
 * @param caseId        the case
 * @param contactedAt   when
 * @param method        PHONE, EMAIL, LETTER, IN_PERSON or THROUGH_THIRD_PARTY
 * @param summarySealed what was said, in brief, sealed under the victim's key
 * @param dutiesMet     the duties this contact met, each on time or late
 * @param late          the duties among them that were met after their deadline
 */
public record VictimUpdated(String caseId,
                            Instant contactedAt,
                            String method,
                            String summarySealed,
                            List<String> dutiesMet,
                            List<String> late) {

    public static final String EVENT_TYPE = "uk.police.hcir.victim-contact.victim-updated";
    public static final String REVISION = "1";
}
