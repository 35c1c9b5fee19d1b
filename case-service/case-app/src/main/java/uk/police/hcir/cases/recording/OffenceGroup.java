package uk.police.hcir.cases.recording;

/** The offence groups of the Home Office hate crime return. */
public enum OffenceGroup {
    VIOLENCE_WITH_INJURY,
    VIOLENCE_WITHOUT_INJURY,
    STALKING_AND_HARASSMENT,
    PUBLIC_ORDER,
    CRIMINAL_DAMAGE_AND_ARSON,
    THEFT,
    SEXUAL_OFFENCES,
    OTHER_NOTIFIABLE
}
