package uk.police.hcir.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisplayTest {

    private final Display display = new Display(Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"),
                                                            ZoneId.of("Europe/London")));

    @Test
    void timesAreShownInTheUkInTheGovukStyle() {
        assertThat(display.dateTime(Instant.parse("2026-07-01T13:05:00Z"))).isEqualTo("1 July 2026 at 2:05pm");
        assertThat(display.dateTime(Instant.parse("2026-03-03T00:00:00Z"))).isEqualTo("end of 2 March 2026");
        assertThat(display.dateTime(Instant.parse("2026-03-03T12:00:00Z"))).isEqualTo("3 March 2026 at midday");
        assertThat(display.relative(Instant.parse("2026-03-01T15:30:00Z"))).isEqualTo("in 3 hours");
        assertThat(display.relative(Instant.parse("2026-02-26T12:00:00Z"))).isEqualTo("3 days ago");
    }

    @Test
    void codesAndEventsAreShownAsWords() {
        assertThat(display.label("NON_CRIME_HATE_INCIDENT")).isEqualTo("Non-crime hate incident");
        assertThat(display.label("SOMETHING_NEW")).isEqualTo("Something new");
        assertThat(display.labels(List.of("RACE", "SEX"))).isEqualTo("Race or ethnicity, Sex or gender");
        assertThat(display.eventName("MotivationRecorded")).isEqualTo("Motivation recorded");
        assertThat(display.eventName("uk.police.hcir.case.risk-assessed")).isEqualTo("Risk assessed");
    }
}
