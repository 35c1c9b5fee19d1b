package uk.police.hcir.portal.reportforms;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The closed answers of the report forms, each an intake API code with the words a person reads, in the order they
 * are offered.
 */
public final class Choices {

    /**
     * The strands hostility can target: the five every force monitors, then those intake records locally by
     * default ({@code hcir.intake.local-strands}).
     */
    public static final Map<String, String> STRANDS = ordered(
            "RACE", "Race or ethnicity",
            "RELIGION", "Religion or belief",
            "SEXUAL_ORIENTATION", "Sexual orientation",
            "DISABILITY", "Disability",
            "TRANSGENDER_IDENTITY", "Transgender identity",
            "ALTERNATIVE_SUBCULTURE", "Alternative sub-culture",
            "SEX", "Sex or gender");

    public static final Map<String, String> PERCEIVED_BY = ordered(
            "VICTIM", "The victim",
            "WITNESS", "A witness",
            "OTHER_PERSON", "Someone else",
            "OFFICER", "A police officer or member of staff");

    public static final Map<String, String> THRIVE_LEVELS = ordered(
            "LOW", "Low",
            "MEDIUM", "Medium",
            "HIGH", "High");

    /** The six THRIVE elements, each graded low, medium or high. */
    public static final Map<String, String> THRIVE_ELEMENTS = ordered(
            "threat", "Threat",
            "harm", "Harm",
            "risk", "Risk",
            "investigation", "Investigation",
            "vulnerability", "Vulnerability",
            "engagement", "Engagement");

    public static final Map<String, String> RESPONSE_GRADES = ordered(
            "IMMEDIATE", "Immediate",
            "PRIORITY", "Priority",
            "SCHEDULED", "Scheduled appointment",
            "RESOLVED_WITHOUT_DEPLOYMENT", "Resolved without deployment");

    public static final Map<String, String> CALLER_ROLES = ordered(
            "VICTIM", "The victim",
            "WITNESS", "A witness",
            "OTHER_PERSON", "Someone else, on the victim's behalf");

    public static final Map<String, String> CONTACT_METHODS = ordered(
            "PHONE", "Telephone",
            "EMAIL", "Email",
            "LETTER", "Letter",
            "IN_PERSON", "In person",
            "THROUGH_THIRD_PARTY", "Through someone they trust, or a support service");

    public static final Map<String, String> POLICE_CONTACT = ordered(
            "CONSENTS_TO_CONTACT", "The victim agrees to be contacted by the police",
            "IDENTIFIED_NO_POLICE_CONTACT", "The victim gives their details but does not want police contact",
            "FULLY_ANONYMOUS", "The victim wants to stay anonymous");

    public static final Map<String, String> AGE_GROUPS = ordered(
            "CHILD", "Under 18",
            "ADULT", "18 to 64",
            "OLDER_PERSON", "65 or over",
            "UNKNOWN", "Not known");

    public static final Map<String, String> YES_NO = ordered(
            "yes", "Yes",
            "no", "No");

    private Choices() {
    }

    private static Map<String, String> ordered(String... codesAndLabels) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < codesAndLabels.length; i += 2) {
            map.put(codesAndLabels[i], codesAndLabels[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
