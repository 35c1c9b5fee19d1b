package uk.police.hcir.portal.reportforms;

import java.util.Map;

/** The closed answers of {@link Choices}, as the report pages' templates read them (model attribute "choices"). */
public record ReportChoices(Map<String, String> strands,
                           Map<String, String> perceivedBy,
                           Map<String, String> thriveLevels,
                           Map<String, String> thriveElements,
                           Map<String, String> responseGrades,
                           Map<String, String> callerRoles,
                           Map<String, String> contactMethods,
                           Map<String, String> policeContact,
                           Map<String, String> ageGroups,
                           Map<String, String> languages,
                           Map<String, String> yesNo) {

    public static final ReportChoices ALL = new ReportChoices(
            Choices.STRANDS, Choices.PERCEIVED_BY, Choices.THRIVE_LEVELS, Choices.THRIVE_ELEMENTS,
            Choices.RESPONSE_GRADES, Choices.CALLER_ROLES, Choices.CONTACT_METHODS, Choices.POLICE_CONTACT,
            Choices.AGE_GROUPS, ReportQuestions.LANGUAGES, Choices.YES_NO);
}
