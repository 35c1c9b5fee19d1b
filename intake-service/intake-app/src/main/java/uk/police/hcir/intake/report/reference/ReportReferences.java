package uk.police.hcir.intake.report.reference;

import java.time.Clock;
import java.time.Year;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Hands out the references reporters are given, such as {@code HC-2026-000042}: short, unique and spoken easily. */
@Component
public class ReportReferences {

    private final JdbcClient jdbc;
    private final Clock clock;

    ReportReferences(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public String next() {
        long number = jdbc.sql("SELECT nextval('report_reference_seq')").query(Long.class).single();
        return String.format("HC-%d-%06d", Year.now(clock).getValue(), number);
    }
}
