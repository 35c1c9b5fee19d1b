package uk.police.hcir.portal.reportforms;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A date typed into the GOV.UK date input as day, month and year, with an optional time such as 14:30. */
public final class DateAnswer {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})\\s*(am|pm)?",
                                                        Pattern.CASE_INSENSITIVE);

    private DateAnswer() {
    }

    public static boolean isEmpty(String day, String month, String year) {
        return blank(day) && blank(month) && blank(year);
    }

    /** The date, or {@code null} when the three parts do not make a real date. */
    public static LocalDate date(String day, String month, String year) {
        if (blank(day) || blank(month) || blank(year) || year.trim().length() != 4) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year.trim()), Integer.parseInt(month.trim()),
                                Integer.parseInt(day.trim()));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    /** The time, or {@code null} when it is not a time of day; 14:30, 2:30pm and 9.05 are all read. */
    public static LocalTime time(String text) {
        if (blank(text)) {
            return null;
        }
        Matcher matcher = TIME.matcher(text.trim());
        if (!matcher.matches()) {
            return null;
        }
        int hour = Integer.parseInt(matcher.group(1));
        int minute = Integer.parseInt(matcher.group(2));
        String half = matcher.group(3);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (half.equalsIgnoreCase("pm") ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            return null;
        }
        return LocalTime.of(hour, minute);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
