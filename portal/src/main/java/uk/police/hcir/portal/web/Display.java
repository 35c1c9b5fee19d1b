package uk.police.hcir.portal.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * How pages show times and the services' codes: times in the UK in the GOV.UK style ("3 March 2026 at 2:05pm"),
 * codes as words ("NON_CRIME_HATE_INCIDENT" as "Non-crime hate incident"). Templates call it as {@code @display}.
 */
@Component("display")
public class Display {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("RACE", "Race or ethnicity"),
            Map.entry("RELIGION", "Religion or belief"),
            Map.entry("SEXUAL_ORIENTATION", "Sexual orientation"),
            Map.entry("DISABILITY", "Disability"),
            Map.entry("TRANSGENDER_IDENTITY", "Transgender identity"),
            Map.entry("ALTERNATIVE_SUBCULTURE", "Alternative sub-culture"),
            Map.entry("SEX", "Sex or gender"),
            Map.entry("VICTIM", "The victim"),
            Map.entry("WITNESS", "A witness"),
            Map.entry("OTHER_PERSON", "Someone else"),
            Map.entry("OFFICER", "Officer"),
            Map.entry("CRIME", "Crime"),
            Map.entry("NON_CRIME_HATE_INCIDENT", "Non-crime hate incident"),
            Map.entry("INTELLIGENCE_ONLY", "Intelligence only"),
            Map.entry("NO_RECORD", "No record"),
            Map.entry("STANDARD", "Standard"),
            Map.entry("MEDIUM", "Medium"),
            Map.entry("HIGH", "High"),
            Map.entry("OPEN", "Open"),
            Map.entry("CLOSED", "Closed"),
            Map.entry("MERGED", "Merged"),
            Map.entry("CONTROL_ROOM", "Control room"),
            Map.entry("ONLINE", "Online"),
            Map.entry("PARTNER", "Reporting centre"),
            Map.entry("ARREST", "Arrest"),
            Map.entry("INTERVIEW", "Interview under caution"),
            Map.entry("RELEASE", "Release"),
            Map.entry("CHARGE", "Charge"),
            Map.entry("OUT_OF_COURT_DISPOSAL", "Out-of-court disposal"),
            Map.entry("NO_FURTHER_ACTION", "No further action"),
            Map.entry("REFERRAL", "Referral to support"),
            Map.entry("ROUTINE", "Routine update"),
            Map.entry("CASE_CLOSED", "Case closed"),
            Map.entry("PHONE", "Phone"),
            Map.entry("EMAIL", "Email"),
            Map.entry("LETTER", "Letter"),
            Map.entry("IN_PERSON", "In person"),
            Map.entry("THROUGH_THIRD_PARTY", "Through a third party"),
            Map.entry("NO_CONTACT", "No contact"),
            Map.entry("VICTIM_SUPPORT", "Victim Support"),
            Map.entry("LOCAL_SPECIALIST", "Local specialist service"),
            Map.entry("REPORTING_CENTRE", "Third-party reporting centre"),
            Map.entry("ACCEPTED", "Accepted"),
            Map.entry("DECLINED", "Declined"),
            Map.entry("APPROVED", "Approved"),
            Map.entry("RETURNED", "Returned"),
            Map.entry("REFERRED", "Referred"),
            Map.entry("NOT_NEEDED", "Not needed"),
            Map.entry("NOT_DECIDED", "Not decided"),
            Map.entry("NO_FURTHER_NEEDS", "No further needs"),
            Map.entry("SUPPORT_NEEDED", "Support needed"),
            Map.entry("SPECIALIST_SUPPORT_NEEDED", "Specialist support needed"),
            Map.entry("HATE_CRIME", "Hate crime"),
            Map.entry("VULNERABLE_OR_INTIMIDATED", "Vulnerable or intimidated"),
            Map.entry("UNDER_18", "Under 18"),
            Map.entry("PERSISTENTLY_TARGETED", "Persistently targeted"),
            Map.entry("YES", "Yes"),
            Map.entry("NO", "No"),
            Map.entry("UNKNOWN", "Not known"),
            Map.entry("SUPERVISOR", "Supervisor"),
            Map.entry("CALL_HANDLER", "Call handler"),
            Map.entry("VICTIM_CARE", "Victim care"),
            Map.entry("SYSTEM", "The system"));

    private final Clock clock;

    public Display(Clock clock) {
        this.clock = clock;
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime at = instant.atZone(clock.getZone());
        if (at.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return "end of " + DATE.format(at.minusDays(1));
        }
        if (at.toLocalTime().equals(LocalTime.NOON)) {
            return DATE.format(at) + " at midday";
        }
        return DATE.format(at) + " at " + TIME.format(at).toLowerCase(Locale.UK);
    }

    /** A time given as ISO-8601 text, as events carry it. */
    public String dateTimeOf(String iso) {
        try {
            return iso == null ? "" : dateTime(Instant.parse(iso));
        } catch (RuntimeException e) {
            return iso;
        }
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(clock.getZone()));
    }

    public boolean isPast(Instant instant) {
        return instant != null && instant.isBefore(clock.instant());
    }

    /** How far away a time is, in plain words: "in 3 hours", "2 days ago". */
    public String relative(Instant instant) {
        if (instant == null) {
            return "";
        }
        Duration between = Duration.between(clock.instant(), instant);
        boolean past = between.isNegative();
        Duration length = between.abs();
        String amount;
        if (length.toDays() >= 2) {
            amount = length.toDays() + " days";
        } else if (length.toHours() >= 1) {
            amount = length.toHours() + (length.toHours() == 1 ? " hour" : " hours");
        } else {
            long minutes = Math.max(1, length.toMinutes());
            amount = minutes + (minutes == 1 ? " minute" : " minutes");
        }
        return past ? amount + " ago" : "in " + amount;
    }

    public String label(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String known = LABELS.get(code);
        if (known != null) {
            return known;
        }
        String words = code.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** An event's name as words: {@code MotivationRecorded} or {@code motivation-recorded} as "Motivation recorded". */
    public String eventName(String event) {
        if (event == null || event.isBlank()) {
            return "A change";
        }
        String name = event.substring(event.lastIndexOf('.') + 1);
        String words = name.replaceAll("([a-z])([A-Z])", "$1 $2").replace('-', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public String labels(Collection<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return "";
        }
        return String.join(", ", codes.stream().map(this::label).toList());
    }
}
