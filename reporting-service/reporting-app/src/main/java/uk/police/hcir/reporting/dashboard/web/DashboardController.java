package uk.police.hcir.reporting.dashboard.web;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.police.hcir.platform.webapi.ApiProblem;
import uk.police.hcir.reporting.dashboard.Dashboards;
import uk.police.hcir.reporting.dashboard.Figures;

/** Each dashboard's figures as JSON, or as CSV with {@code Accept: text/csv}. */
@RestController
@RolesAllowed({"ANALYST", "SUPERVISOR", "AUDITOR"})
class DashboardController {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
    private final Dashboards dashboards;

    DashboardController(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/api/dashboards")
    List<String> names() {
        return dashboards.names();
    }

    @GetMapping(value = "/api/dashboards/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
    Figures json(@PathVariable String name) {
        return figures(name);
    }

    @GetMapping(value = "/api/dashboards/{name}", produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable String name) {
        return ResponseEntity.ok().contentType(CSV).body(figures(name).toCsv());
    }

    private Figures figures(String name) {
        return dashboards.figures(name).orElseThrow(() -> new ApiProblem(
                HttpStatus.NOT_FOUND, "dashboard-not-found", "No such dashboard",
                "There is no dashboard " + name + "; there are " + String.join(", ", dashboards.names())));
    }
}
