package uk.police.hcir.reporting.rebuild.web;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.police.hcir.platform.webapi.ApiProblem;
import uk.police.hcir.reporting.rebuild.ProjectionRebuilds;
import uk.police.hcir.reporting.rebuild.RebuildProgress;

/** Rebuilds a projection beside the serving one, with its progress. */
@RestController
@RolesAllowed({"AUDITOR", "ADMINISTRATOR"})
class RebuildController {

    private final ProjectionRebuilds rebuilds;

    RebuildController(ProjectionRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    /** The projections that can be rebuilt, and the rebuilds since the service started, newest first. */
    @GetMapping("/api/rebuilds")
    Rebuilds rebuilds() {
        return new Rebuilds(rebuilds.projections(), rebuilds.runs());
    }

    @PostMapping("/api/rebuilds/{projection}")
    ResponseEntity<RebuildProgress> start(@PathVariable String projection) {
        RebuildProgress progress = rebuilds.start(projection).orElseThrow(() -> new ApiProblem(
                HttpStatus.NOT_FOUND, "projection-not-found", "No such projection",
                "There is no projection " + projection + " to rebuild; there are "
                        + String.join(", ", rebuilds.projections())));
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                             .header("Location", "/api/rebuilds/" + progress.rebuildId())
                             .body(progress);
    }

    @GetMapping("/api/rebuilds/{rebuildId}")
    RebuildProgress progress(@PathVariable String rebuildId) {
        return rebuilds.progress(rebuildId).orElseThrow(() -> new ApiProblem(
                HttpStatus.NOT_FOUND, "rebuild-not-found", "No such rebuild", "There is no rebuild " + rebuildId));
    }

    record Rebuilds(List<String> projections, List<RebuildProgress> runs) {
    }
}
