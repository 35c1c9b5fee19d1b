package uk.police.hcir.victimcontact.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Working days in England and Wales: Monday to Friday, less the bank holidays listed in configuration. A duty due
 * within N working days of something that happened on a day is due by the end of the Nth working day after that
 * day, in UK time; so a milestone reached on a Friday with one working day to tell the victim is due by the end of
 * Monday, or of Tuesday when Monday is a bank holiday.
 *
 * @param zone         the zone days are counted in
 * @param bankHolidays every bank holiday of the years the service will count in
 */
@ConfigurationProperties("hcir.victim-contact.calendar")
public record WorkingDays(ZoneId zone, List<LocalDate> bankHolidays) {

    public WorkingDays {
        zone = zone == null ? ZoneId.of("Europe/London") : zone;
        bankHolidays = bankHolidays == null ? List.of() : List.copyOf(new TreeSet<>(bankHolidays));
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
               && !bankHolidays.contains(day);
    }

    /** The Nth working day after the given day (the day itself never counts). */
    public LocalDate workingDaysAfter(LocalDate day, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("A duty is due at least one working day later, not " + workingDays);
        }
        requireCovered(day.getYear());
        LocalDate current = day;
        int counted = 0;
        while (counted < workingDays) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                counted++;
            }
        }
        requireCovered(current.getYear());
        return current;
    }

    /** The instant by which something due within N working days of the given instant must be done. */
    public Instant deadline(Instant from, int workingDays) {
        LocalDate last = workingDaysAfter(from.atZone(zone).toLocalDate(), workingDays);
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Working days from one instant's day to another's: 0 on the same day, 1 on the next working day, and so on. */
    public int workingDaysBetween(Instant from, Instant to) {
        LocalDate start = from.atZone(zone).toLocalDate();
        LocalDate end = to.atZone(zone).toLocalDate();
        int count = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Counting days in a year whose bank holidays were never listed would silently treat them as working days, so
     * it is refused: the calendar in configuration must be extended each year.
     */
    private void requireCovered(int year) {
        if (!bankHolidays.isEmpty() && bankHolidays.stream().noneMatch(day -> day.getYear() == year)) {
            throw new IllegalStateException("The bank holidays of " + year + " are not in the calendar "
                                            + "(hcir.victim-contact.calendar.bank-holidays); add them to count "
                                            + "working days in that year");
        }
    }
}
