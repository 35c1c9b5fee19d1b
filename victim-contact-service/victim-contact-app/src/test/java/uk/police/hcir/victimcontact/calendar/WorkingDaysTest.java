package uk.police.hcir.victimcontact.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    private final WorkingDays calendar = ConfiguredCalendar.load();

    @ParameterizedTest(name = "{0} + {1} working day(s) = {2}")
    @CsvSource({
            // an ordinary week
            "2026-11-24, 1, 2026-11-25",
            "2026-11-24, 5, 2026-12-01",
            // weekends are skipped, and a weekend day counts from the next Monday
            "2026-11-27, 1, 2026-11-30",
            "2026-11-28, 1, 2026-11-30",
            "2026-11-29, 2, 2026-12-01",
            "2026-11-27, 5, 2026-12-04",
            // Easter 2026: Good Friday 3 April and Easter Monday 6 April
            "2026-04-02, 1, 2026-04-07",
            "2026-04-02, 2, 2026-04-08",
            // the late summer bank holiday, 31 August 2026
            "2026-08-28, 1, 2026-09-01",
            // Christmas 2026: Boxing Day falls on a Saturday, so Monday 28 December is the holiday in lieu
            "2026-12-24, 1, 2026-12-29",
            "2026-12-24, 2, 2026-12-30",
            // the turn of the year: New Year's Day 2027 is a Friday
            "2026-12-31, 1, 2027-01-04",
            "2026-12-30, 5, 2027-01-07",
            // Christmas 2027 falls at a weekend: both holidays move to the Monday and Tuesday
            "2027-12-24, 1, 2027-12-29",
            // New Year's Day 2028 is a Saturday; Monday 3 January is the holiday
            "2027-12-31, 1, 2028-01-04"
    })
    void countsWorkingDaysPastWeekendsAndBankHolidays(LocalDate from, int days, LocalDate expected) {
        assertThat(calendar.workingDaysAfter(from, days)).isEqualTo(expected);
    }

    @Test
    void aDeadlineIsTheEndOfTheLastWorkingDayInUkTime() {
        // Friday 27 November 2026, 16:30 GMT: one working day is the end of Monday 30 November
        assertThat(calendar.deadline(Instant.parse("2026-11-27T16:30:00Z"), 1))
                .isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        // in summer time the day ends at 23:00 UTC: Friday 3 July 2026 late in the evening, UK time
        assertThat(calendar.deadline(Instant.parse("2026-07-03T22:30:00Z"), 1))
                .isEqualTo(Instant.parse("2026-07-06T23:00:00Z"));
        // 23:30 UTC on Thursday 2 July is already Friday in the UK
        assertThat(calendar.deadline(Instant.parse("2026-07-02T23:30:00Z"), 1))
                .isEqualTo(Instant.parse("2026-07-06T23:00:00Z"));
    }

    @Test
    void weekendsAndBankHolidaysAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-25"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-28"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-26"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-29"))).isTrue();
        assertThat(calendar.workingDaysBetween(Instant.parse("2026-12-24T12:00:00Z"),
                                               Instant.parse("2027-01-05T12:00:00Z"))).isEqualTo(5);
    }

    @Test
    void aYearWhoseBankHolidaysWereNeverListedIsRefusedRatherThanCountedWrongly() {
        assertThatThrownBy(() -> calendar.workingDaysAfter(LocalDate.parse("2031-03-03"), 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2031");
        WorkingDays endOf2028 = new WorkingDays(ZoneId.of("Europe/London"), List.of(LocalDate.parse("2028-12-26")));
        assertThatThrownBy(() -> endOf2028.workingDaysAfter(LocalDate.parse("2028-12-29"), 1))
                .hasMessageContaining("2029");
    }

    @Test
    void aDutyIsDueAtLeastOneWorkingDayLater() {
        assertThatThrownBy(() -> calendar.workingDaysAfter(LocalDate.parse("2026-11-24"), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
