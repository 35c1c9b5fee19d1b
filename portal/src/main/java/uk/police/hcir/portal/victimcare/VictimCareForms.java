package uk.police.hcir.portal.victimcare;

import java.util.List;

/** The choices the victim care forms offer, as the codes victim-contact-service takes. */
final class VictimCareForms {

    static final List<String> CONTACT_METHODS = List.of("PHONE", "EMAIL", "LETTER", "IN_PERSON",
                                                        "THROUGH_THIRD_PARTY");
    static final List<String> SUPPORT_SERVICES = List.of("VICTIM_SUPPORT", "LOCAL_SPECIALIST", "REPORTING_CENTRE");
    static final List<String> REFERRAL_OUTCOMES = List.of("ACCEPTED", "DECLINED");
    static final List<String> NEEDS_OUTCOMES = List.of("NO_FURTHER_NEEDS", "SUPPORT_NEEDED",
                                                       "SPECIALIST_SUPPORT_NEEDED");
    static final List<String> NEEDS_ANSWERS = List.of("YES", "NO", "DECLINED");

    /** A question of the needs assessment, asked of the victim under Right 1 and Right 4 of the Victims' Code. */
    record NeedsQuestion(String id, String text) {
    }

    static final List<NeedsQuestion> NEEDS_QUESTIONS = List.of(
            new NeedsQuestion("INFORMATION", "Do they want information about the investigation and what happens "
                    + "next?"),
            new NeedsQuestion("EMOTIONAL_SUPPORT", "Do they want emotional support?"),
            new NeedsQuestion("PRACTICAL_HELP", "Do they need practical help, such as repairs or security at home?"),
            new NeedsQuestion("SAFETY", "Do they feel unsafe at home or where they live?"),
            new NeedsQuestion("HEALTH", "Has the incident affected their physical or mental health?"),
            new NeedsQuestion("COMMUNICATION", "Do they have communication needs, such as an interpreter or easy "
                    + "read?"));

    private VictimCareForms() {
    }
}
