package uk.police.hcir.portal.cases;

import java.util.List;

/** The choices the case forms offer, as the codes case-service takes. */
public final class CaseForms {

    public static final List<String> STRANDS = List.of("RACE", "RELIGION", "SEXUAL_ORIENTATION", "DISABILITY",
                                                       "TRANSGENDER_IDENTITY", "ALTERNATIVE_SUBCULTURE", "SEX");
    public static final List<String> PERCEIVERS = List.of("VICTIM", "WITNESS", "OTHER_PERSON", "OFFICER");
    public static final List<String> DECISIONS = List.of("CRIME", "NON_CRIME_HATE_INCIDENT", "INTELLIGENCE_ONLY",
                                                         "NO_RECORD");
    public static final List<String> OFFENCE_GROUPS = List.of("VIOLENCE_WITH_INJURY", "VIOLENCE_WITHOUT_INJURY",
                                                              "STALKING_AND_HARASSMENT", "PUBLIC_ORDER",
                                                              "CRIMINAL_DAMAGE_AND_ARSON", "THEFT", "SEXUAL_OFFENCES",
                                                              "OTHER_NOTIFIABLE");
    public static final List<String> MILESTONES = List.of("ARREST", "INTERVIEW", "RELEASE", "CHARGE",
                                                          "OUT_OF_COURT_DISPOSAL", "NO_FURTHER_ACTION");
    public static final List<String> RISK_LEVELS = List.of("STANDARD", "MEDIUM", "HIGH");
    public static final List<String> ANSWERS = List.of("YES", "NO", "UNKNOWN");

    /** What is found about a non-crime incident, each a yes or no the non-crime hate incident policy decides on. */
    public record NchiQuestion(String name, String text) {
    }

    public static final List<NchiQuestion> NCHI_QUESTIONS = List.of(
            new NchiQuestion("trivialIrrationalOrMalicious", "The report is trivial, irrational or malicious"),
            new NchiQuestion("basisForIntentionalHostility",
                             "There is some basis to conclude the act was intentionally hostile"),
            new NchiQuestion("betweenSchoolAgeChildren", "It happened between children of school age"),
            new NchiQuestion("realRiskOfSignificantHarmOrOffence",
                             "There is a real risk of significant harm to someone, or of a future criminal offence"),
            new NchiQuestion("notifyingSubjectCreatesSafeguardingRisk",
                             "Telling the subject it was recorded would put someone's safety at risk"));

    private CaseForms() {
    }
}
