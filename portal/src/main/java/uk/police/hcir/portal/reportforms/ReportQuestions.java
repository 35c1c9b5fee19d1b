package uk.police.hcir.portal.reportforms;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.validation.Errors;

/**
 * The questions every report form asks, whoever fills it in: what happened, where and when, the perception
 * question and its follow-ups, and how the victim would like to be contacted. Each field is named by the id of its
 * input, so that an error links to it.
 */
public abstract class ReportQuestions {

    /** The answers to the perception question. */
    public static final String YES = "YES";
    public static final String NO = "NO";
    public static final String UNSURE = "UNSURE";
    public static final String NOT_ASKED = "NOT_ASKED";

    public static final Map<String, String> LANGUAGES = languages();

    @NotBlank(message = "Enter what happened")
    @Size(max = 10_000, message = "What happened must be 10,000 characters or fewer")
    private String whatHappened;

    @Size(max = 2000, message = "The words, gestures or symbols used must be 2,000 characters or fewer")
    private String wordsUsed;

    private boolean onlineElement;

    @NotBlank(message = "Enter where it happened")
    @Size(max = 500, message = "Where it happened must be 500 characters or fewer")
    private String location;

    @Size(max = 100, message = "The area must be 100 characters or fewer")
    private String area;

    private String occurredDay;
    private String occurredMonth;
    private String occurredYear;
    private String occurredTime;

    private String perception;

    @Size(max = 500, message = "The reason must be 500 characters or fewer")
    private String notAskedReason;

    private List<String> perceivedBy = new ArrayList<>();
    private List<String> strands = new ArrayList<>();

    @Size(max = 5000, message = "Their own words must be 5,000 characters or fewer")
    private String ownWords;

    private String contactMethod;

    @Size(max = 200, message = "Safe times must be 200 characters or fewer")
    private String safeTimes;

    private String language;
    private boolean interpreterNeeded;

    @Size(max = 1000, message = "Accessibility needs must be 1,000 characters or fewer")
    private String accessibilityNeeds;

    /** Sent with the report so that pressing the button twice records one report, not two. */
    private String submissionKey = newSubmissionKey();

    public static String newSubmissionKey() {
        return UUID.randomUUID().toString();
    }

    /**
     * The checks that depend on other answers: the date, the perception question's follow-ups, and that each
     * choice is one offered.
     *
     * @param askWhoPerceives whether the form asks who perceives the hostility, or works it out itself
     */
    public void checkCommonAnswers(Errors errors, Clock clock, boolean askWhoPerceives) {
        checkWhen(errors, clock);
        if (blank(perception) || !List.of(YES, NO, UNSURE, NOT_ASKED).contains(perception)) {
            errors.rejectValue("perception", "required", perceptionMissingMessage());
        } else if (YES.equals(perception)) {
            if (askWhoPerceives && (perceivedBy.isEmpty() || !Choices.PERCEIVED_BY.keySet().containsAll(perceivedBy))) {
                errors.rejectValue("perceivedBy", "required", "Select who thinks it was hostility or prejudice");
            }
            if (strands.isEmpty() || !Choices.STRANDS.keySet().containsAll(strands)) {
                errors.rejectValue("strands", "required", strandsMissingMessage());
            }
        } else if (NOT_ASKED.equals(perception) && blank(notAskedReason)) {
            errors.rejectValue("notAskedReason", "required", "Enter why the question could not be asked");
        }
        if (!blank(contactMethod) && !Choices.CONTACT_METHODS.containsKey(contactMethod)) {
            errors.rejectValue("contactMethod", "unknown", "Select how they would like to be contacted");
        }
        if (!blank(language) && !LANGUAGES.containsKey(language)) {
            errors.rejectValue("language", "unknown", "Select a language from the list");
        }
    }

    protected String perceptionMissingMessage() {
        return "Select whether anyone thinks it happened because of hostility or prejudice";
    }

    protected String strandsMissingMessage() {
        return "Select what the hostility or prejudice was about";
    }

    private void checkWhen(Errors errors, Clock clock) {
        if (DateAnswer.isEmpty(occurredDay, occurredMonth, occurredYear)) {
            errors.rejectValue("occurredDay", "required", "Enter the date it happened");
            return;
        }
        LocalDate date = DateAnswer.date(occurredDay, occurredMonth, occurredYear);
        if (date == null) {
            errors.rejectValue("occurredDay", "invalid", "The date it happened must be a real date, like 27 3 2026");
            return;
        }
        if (!blank(occurredTime) && DateAnswer.time(occurredTime) == null) {
            errors.rejectValue("occurredTime", "invalid", "Enter the time as hours and minutes, like 14:30");
            return;
        }
        ZonedDateTime now = ZonedDateTime.now(clock);
        if (occurredAt(clock).isAfter(now)) {
            errors.rejectValue("occurredDay", "future", "The date and time it happened must be in the past");
        } else if (date.isBefore(now.toLocalDate().minusYears(20))) {
            errors.rejectValue("occurredDay", "past", "The date it happened must be within the last 20 years");
        }
    }

    /** When it happened: the time given, or the start of the day when none was. */
    public ZonedDateTime occurredAt(Clock clock) {
        LocalDate date = DateAnswer.date(occurredDay, occurredMonth, occurredYear);
        LocalTime time = DateAnswer.time(occurredTime);
        return date.atTime(time == null ? LocalTime.MIDNIGHT : time).atZone(clock.getZone());
    }

    /** The incident as intake's API takes it. */
    public Map<String, Object> incident(Clock clock) {
        Map<String, Object> incident = new LinkedHashMap<>();
        incident.put("occurredFrom", occurredAt(clock).toInstant().toString());
        incident.put("location", location.trim());
        incident.put("area", trimmed(area));
        incident.put("whatHappened", whatHappened.trim());
        incident.put("wordsUsed", trimmed(wordsUsed));
        incident.put("onlineElement", onlineElement);
        return incident;
    }

    /** The answer to the perception question as intake's API takes it; follow-ups only go with a yes. */
    public Map<String, Object> perceptionAnswer(List<String> whoPerceives) {
        Map<String, Object> answer = new LinkedHashMap<>();
        switch (perception) {
            case YES -> {
                answer.put("asked", "ASKED");
                answer.put("hostilityPerceived", true);
                answer.put("perceivedBy", whoPerceives);
                answer.put("strands", List.copyOf(strands));
            }
            case NO -> {
                answer.put("asked", "ASKED");
                answer.put("hostilityPerceived", false);
            }
            case UNSURE -> answer.put("asked", "COULD_NOT_ANSWER");
            default -> {
                answer.put("asked", "NOT_ASKED");
                answer.put("notAskedReason", notAskedReason.trim());
            }
        }
        answer.put("ownWords", trimmed(ownWords));
        return answer;
    }

    /** How the victim would like to be contacted, or {@code null} when nothing was said. */
    public Map<String, Object> contactPreferences() {
        if (blank(contactMethod) && blank(safeTimes) && blank(language) && !interpreterNeeded
                && blank(accessibilityNeeds)) {
            return null;
        }
        Map<String, Object> preferences = new LinkedHashMap<>();
        preferences.put("method", blank(contactMethod) ? null : contactMethod);
        preferences.put("times", trimmed(safeTimes));
        preferences.put("language", blank(language) ? null : language);
        preferences.put("interpreterNeeded", interpreterNeeded);
        preferences.put("accessibilityNeeds", trimmed(accessibilityNeeds));
        return preferences;
    }

    /** The form field where intake's API field problems belong, for the questions every form asks. */
    public static String commonFieldFor(String apiField) {
        if (apiField == null) {
            return null;
        }
        if (apiField.startsWith("perception.strands")) {
            return "strands";
        }
        if (apiField.startsWith("perception.perceivedBy")) {
            return "perceivedBy";
        }
        return switch (apiField) {
            case "incident.whatHappened" -> "whatHappened";
            case "incident.wordsUsed" -> "wordsUsed";
            case "incident.location" -> "location";
            case "incident.area" -> "area";
            case "incident.occurredFrom", "incident.occurredTo" -> "occurredDay";
            case "perception", "perception.asked", "perception.hostilityPerceived" -> "perception";
            case "perception.notAskedReason" -> "notAskedReason";
            case "perception.ownWords" -> "ownWords";
            case "victim.contactPreferences.method" -> "contactMethod";
            case "victim.contactPreferences.times" -> "safeTimes";
            case "victim.contactPreferences.language" -> "language";
            case "victim.contactPreferences.accessibilityNeeds" -> "accessibilityNeeds";
            default -> null;
        };
    }

    protected static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    protected static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Map<String, String> languages() {
        Map<String, String> languages = new LinkedHashMap<>();
        languages.put("en", "English");
        languages.put("bfi", "British Sign Language");
        languages.put("ar", "Arabic");
        languages.put("bn", "Bengali");
        languages.put("bg", "Bulgarian");
        languages.put("zh", "Chinese");
        languages.put("ku", "Kurdish");
        languages.put("lv", "Latvian");
        languages.put("lt", "Lithuanian");
        languages.put("pl", "Polish");
        languages.put("pt", "Portuguese");
        languages.put("ro", "Romanian");
        languages.put("ru", "Russian");
        languages.put("ti", "Tigrinya");
        languages.put("tr", "Turkish");
        languages.put("uk", "Ukrainian");
        languages.put("ur", "Urdu");
        return java.util.Collections.unmodifiableMap(languages);
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public void setWhatHappened(String whatHappened) {
        this.whatHappened = whatHappened;
    }

    public String getWordsUsed() {
        return wordsUsed;
    }

    public void setWordsUsed(String wordsUsed) {
        this.wordsUsed = wordsUsed;
    }

    public boolean isOnlineElement() {
        return onlineElement;
    }

    public void setOnlineElement(boolean onlineElement) {
        this.onlineElement = onlineElement;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getOccurredDay() {
        return occurredDay;
    }

    public void setOccurredDay(String occurredDay) {
        this.occurredDay = occurredDay;
    }

    public String getOccurredMonth() {
        return occurredMonth;
    }

    public void setOccurredMonth(String occurredMonth) {
        this.occurredMonth = occurredMonth;
    }

    public String getOccurredYear() {
        return occurredYear;
    }

    public void setOccurredYear(String occurredYear) {
        this.occurredYear = occurredYear;
    }

    public String getOccurredTime() {
        return occurredTime;
    }

    public void setOccurredTime(String occurredTime) {
        this.occurredTime = occurredTime;
    }

    public String getPerception() {
        return perception;
    }

    public void setPerception(String perception) {
        this.perception = perception;
    }

    public String getNotAskedReason() {
        return notAskedReason;
    }

    public void setNotAskedReason(String notAskedReason) {
        this.notAskedReason = notAskedReason;
    }

    public List<String> getPerceivedBy() {
        return perceivedBy;
    }

    public void setPerceivedBy(List<String> perceivedBy) {
        this.perceivedBy = perceivedBy == null ? new ArrayList<>() : new ArrayList<>(perceivedBy);
    }

    public List<String> getStrands() {
        return strands;
    }

    public void setStrands(List<String> strands) {
        this.strands = strands == null ? new ArrayList<>() : new ArrayList<>(strands);
    }

    public String getOwnWords() {
        return ownWords;
    }

    public void setOwnWords(String ownWords) {
        this.ownWords = ownWords;
    }

    public String getContactMethod() {
        return contactMethod;
    }

    public void setContactMethod(String contactMethod) {
        this.contactMethod = contactMethod;
    }

    public String getSafeTimes() {
        return safeTimes;
    }

    public void setSafeTimes(String safeTimes) {
        this.safeTimes = safeTimes;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isInterpreterNeeded() {
        return interpreterNeeded;
    }

    public void setInterpreterNeeded(boolean interpreterNeeded) {
        this.interpreterNeeded = interpreterNeeded;
    }

    public String getAccessibilityNeeds() {
        return accessibilityNeeds;
    }

    public void setAccessibilityNeeds(String accessibilityNeeds) {
        this.accessibilityNeeds = accessibilityNeeds;
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    public void setSubmissionKey(String submissionKey) {
        this.submissionKey = submissionKey;
    }
}
