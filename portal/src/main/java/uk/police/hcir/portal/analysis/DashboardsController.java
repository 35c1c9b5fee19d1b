package uk.police.hcir.portal.analysis;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Analysts: every dashboard as a chart with its table, and each as CSV. */
@Controller
class DashboardsController {

    static final String PATH = "/analysis/dashboards";
    private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,64}");
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final AnalysisFigures figures;

    DashboardsController(AnalysisFigures figures) {
        this.figures = figures;
    }

    /** One dashboard as the page shows it: its chart, and its table with readable headings and values. */
    record Dashboard(String name, String title, BarChart chart, List<String> headings, List<List<String>> rows,
                     List<Boolean> numeric) {
    }

    @GetMapping(PATH)
    String dashboards(Model model) {
        List<Dashboard> dashboards = figures.dashboards().stream().map(figures::figures).map(f -> {
            List<List<Object>> rows = f.rows() == null ? List.of() : f.rows();
            List<Boolean> numeric = new java.util.ArrayList<>();
            for (int c = 0; c < f.columns().size(); c++) {
                int column = c;
                numeric.add(!rows.isEmpty() && rows.stream().allMatch(
                        row -> row.get(column) == null || row.get(column) instanceof Number));
            }
            return new Dashboard(f.name(), f.title(), BarChart.of(f.title(), f.columns(), rows),
                                 f.columns().stream().map(Labels::column).toList(),
                                 rows.stream().map(row -> row.stream().map(Labels::value).toList()).toList(),
                                 numeric);
        }).toList();
        model.addAttribute("dashboards", dashboards);
        return "analysis/dashboards";
    }

    @GetMapping(PATH + "/{name}.csv")
    ResponseEntity<String> csv(@PathVariable String name) {
        if (!NAME.matcher(name).matches() || !figures.dashboards().contains(name)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ResponseEntity.ok().contentType(CSV)
                             .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                     .filename(name + ".csv").build().toString())
                             .body(figures.csv(name));
    }
}
