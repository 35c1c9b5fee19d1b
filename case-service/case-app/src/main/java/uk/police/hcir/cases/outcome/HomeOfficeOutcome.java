package uk.police.hcir.cases.outcome;

import java.util.Arrays;
import java.util.Optional;

/** The Home Office outcome types for crimes. */
public enum HomeOfficeOutcome {
    CHARGED_OR_SUMMONSED(1, "Charged or summonsed"),
    CAUTION_YOUTH(2, "Caution: youths"),
    CAUTION_ADULT(3, "Caution: adults"),
    TAKEN_INTO_CONSIDERATION(4, "Taken into consideration"),
    OFFENDER_DIED(5, "The offender has died"),
    PENALTY_NOTICE_FOR_DISORDER(6, "Penalty notice for disorder"),
    CANNABIS_WARNING(7, "Cannabis or khat warning"),
    COMMUNITY_RESOLUTION(8, "Community resolution"),
    NOT_IN_PUBLIC_INTEREST_CPS(9, "Prosecution not in the public interest (CPS)"),
    NOT_IN_PUBLIC_INTEREST_POLICE(10, "Prosecution not in the public interest (police)"),
    SUSPECT_UNDER_AGE(11, "Prosecution prevented: suspect under age"),
    SUSPECT_TOO_ILL(12, "Prosecution prevented: suspect too ill"),
    VICTIM_OR_WITNESS_UNAVAILABLE(13, "Prosecution prevented: victim or key witness dead or too ill"),
    SUSPECT_NOT_IDENTIFIED_VICTIM_DOES_NOT_SUPPORT(14, "Evidential difficulties: suspect not identified, victim does not support"),
    EVIDENTIAL_DIFFICULTIES_VICTIM_SUPPORTS(15, "Evidential difficulties: suspect identified, victim supports action"),
    EVIDENTIAL_DIFFICULTIES_VICTIM_DOES_NOT_SUPPORT(16, "Evidential difficulties: suspect identified, victim does not support"),
    TIME_LIMIT_EXPIRED(17, "Prosecution time limit expired"),
    NO_SUSPECT_IDENTIFIED(18, "Investigation complete: no suspect identified"),
    OTHER_BODY_HAS_PRIMACY(20, "Another body has investigative primacy"),
    NOT_IN_PUBLIC_INTEREST_MENTAL_HEALTH(21, "Not in the public interest: suspect's mental health"),
    DIVERSIONARY_ACTIVITY(22, "Diversionary, educational or intervention activity");

    private final int type;
    private final String label;

    HomeOfficeOutcome(int type, String label) {
        this.type = type;
        this.label = label;
    }

    public int type() {
        return type;
    }

    public String label() {
        return label;
    }

    public static Optional<HomeOfficeOutcome> ofType(int type) {
        return Arrays.stream(values()).filter(outcome -> outcome.type == type).findFirst();
    }
}
