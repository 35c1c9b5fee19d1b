package uk.police.hcir.reporting.homeofficereturn;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A financial year, 1 April to 31 March in UK local time, written 2024-25 or 2024/25. */
public record FinancialYear(int startYear) {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})[-/](\\d{2})");

    public static Optional<FinancialYear> parse(String text) {
        Matcher matcher = text == null ? null : FORMAT.matcher(text.trim());
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(matcher.group(1));
        if ((start + 1) % 100 != Integer.parseInt(matcher.group(2))) {
            return Optional.empty();
        }
        return Optional.of(new FinancialYear(start));
    }

    public Instant start() {
        return LocalDate.of(startYear, 4, 1).atStartOfDay(UK).toInstant();
    }

    /** The first instant after the year. */
    public Instant end() {
        return LocalDate.of(startYear + 1, 4, 1).atStartOfDay(UK).toInstant();
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(end());
    }

    public String label() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }
}
