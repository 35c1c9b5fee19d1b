package uk.police.hcir.reporting.rebuild.web;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.police.hcir.platform.webapi.ApiProblem;
import uk.police.hcir.reporting.rebuild.CaseStateRebuild;
import uk.police.hcir.reporting.rebuild.RebuildProgress;

/** Rebuilds a projection beside the serving one, with its progress. */
@RestController
@RolesAllowed({"AUDITOR", "ADMINISTRATOR"})
class RebuildController {

    private final CaseStateRebuild rebuild;

    RebuildController(CaseStateRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/api/rebuilds/case-state")
    ResponseEntity<RebuildProgress> start() {
        RebuildProgress progress = rebuild.start();
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                             .header("Location", "/api/rebuilds/" + progress.rebuildId())
                             .body(progress);
    }

    @GetMapping("/api/rebuilds/{rebuildId}")
    RebuildProgress progress(@PathVariable String rebuildId) {
        return rebuild.progress(rebuildId).orElseThrow(() -> new ApiProblem(
                HttpStatus.NOT_FOUND, "rebuild-not-found", "No such rebuild", "There is no rebuild " + rebuildId));
    }
}
