package uk.police.hcir.portal.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.police.hcir.portal.forms.FormErrors;

/** Analysts: the Home Office hate crime return for a financial year, shown and downloaded as CSV. */
@Controller
class HomeOfficeReturnController {

    static final String PATH = "/analysis/home-office-return";
    private static final Pattern YEAR = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final int YEARS_OFFERED = 6;

    private final AnalysisFigures figures;
    private final Clock clock;

    HomeOfficeReturnController(AnalysisFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    /** One row of the return as the page shows it: the offence group, its crimes by strand, and its offences. */
    record ReturnRow(String offenceGroup, List<Long> byStrand, long offences) {
    }

    /** A financial year as the form offers it: its value such as 2025-26 and its label such as 2025 to 2026. */
    record Year(String value, String label) {
    }

    @GetMapping(PATH)
    String homeOfficeReturn(@RequestParam(required = false) String financialYear, Model model) {
        List<Year> years = yearsOffered();
        model.addAttribute("years", years);
        model.addAttribute("chosen", financialYear);
        model.addAttribute("errors", FormErrors.none());
        if (financialYear == null) {
            return "analysis/home-office-return";
        }
        if (!valid(financialYear)) {
            model.addAttribute("errors", FormErrors.of(new FormErrors.FieldError(
                    "financialYear", "Select the financial year of the return")));
            return "analysis/home-office-return";
        }
        JsonNode hateCrimeReturn = figures.homeOfficeReturn(financialYear);
        List<String> strands = new ArrayList<>();
        hateCrimeReturn.path("total").path("byStrand").fieldNames().forEachRemaining(strands::add);
        List<ReturnRow> rows = new ArrayList<>();
        hateCrimeReturn.path("rows").forEach(row -> rows.add(rowOf(Labels.value(row.path("offenceGroup").asText()),
                                                                    row, strands)));
        rows.add(rowOf("Total", hateCrimeReturn.path("total"), strands));
        model.addAttribute("hateCrimeReturn", hateCrimeReturn);
        model.addAttribute("rows", rows);
        model.addAttribute("strands", strands);
        model.addAttribute("strandLabels", strands.stream().map(Labels::value).toList());
        return "analysis/home-office-return";
    }

    @GetMapping(PATH + ".csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String financialYear) {
        if (financialYear == null || !valid(financialYear)) {
            return ResponseEntity.status(303).header(HttpHeaders.LOCATION, PATH + "?financialYear=").build();
        }
        return ResponseEntity.ok().contentType(CSV)
                             .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                     .filename("hate-crime-return-" + financialYear + ".csv").build().toString())
                             .body(figures.homeOfficeReturnCsv(financialYear));
    }

    private static ReturnRow rowOf(String label, JsonNode row, List<String> strands) {
        return new ReturnRow(label, strands.stream().map(strand -> row.path("byStrand").path(strand).asLong()).toList(),
                             row.path("offences").asLong());
    }

    private List<Year> yearsOffered() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        int current = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        List<Year> years = new ArrayList<>();
        for (int start = current; start > current - YEARS_OFFERED; start--) {
            years.add(new Year(start + "-" + String.format("%02d", (start + 1) % 100),
                               "April " + start + " to March " + (start + 1)));
        }
        return years;
    }

    private boolean valid(String financialYear) {
        Matcher matcher = YEAR.matcher(financialYear);
        return matcher.matches() && (Integer.parseInt(matcher.group(1)) + 1) % 100 == Integer.parseInt(
                matcher.group(2)) && yearsOffered().stream().anyMatch(year -> year.value().equals(financialYear));
    }
}
