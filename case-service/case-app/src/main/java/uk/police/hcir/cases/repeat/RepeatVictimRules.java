package uk.police.hcir.cases.repeat;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When a victim counts as a repeat victim ({@code hcir.case.repeat-victims.*}): at least {@code earlierReports}
 * earlier reports about the same person, or the same address, within the last {@code windowMonths} months.
 */
@ConfigurationProperties("hcir.case.repeat-victims")
public record RepeatVictimRules(Integer windowMonths, Integer earlierReports) {

    public RepeatVictimRules {
        windowMonths = windowMonths == null ? 12 : windowMonths;
        earlierReports = earlierReports == null ? 1 : earlierReports;
    }
}
