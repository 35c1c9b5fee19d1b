package uk.police.hcir.intake.duplicates;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.police.hcir.intake.report.command.LinkAsDuplicateCommand;
import uk.police.hcir.intake.report.command.RecordNotDuplicateCommand;
import uk.police.hcir.platform.webapi.ApiProblem;

/** The duplicate review queue: pairs that may be one incident, and a person's decision on each. */
@RestController
@RolesAllowed({"CALL_HANDLER", "OFFICER", "SUPERVISOR"})
class DuplicateReviewController {

    enum Decision { LINK, NOT_DUPLICATE }

    record ReviewDecision(@NotBlank @Size(max = 64) String reportId,
                          @NotBlank @Size(max = 64) String candidate,
                          @NotNull Decision decision,
                          @NotBlank @Size(max = 2000) String reason) {
    }

    private final DuplicateReviewQueue queue;
    private final CommandGateway commands;

    DuplicateReviewController(DuplicateReviewQueue queue, CommandGateway commands) {
        this.queue = queue;
        this.commands = commands;
    }

    @GetMapping("/api/duplicates")
    List<DuplicateCandidate> queue(@RequestParam(defaultValue = "PENDING") String status) {
        if (!List.of("PENDING", "LINKED", "NOT_DUPLICATE").contains(status)) {
            throw ApiProblem.invalid(List.of(new ApiProblem.FieldError(
                    "status", "must be PENDING, LINKED or NOT_DUPLICATE")));
        }
        return queue.withStatus(status);
    }

    @PostMapping("/api/duplicates/decisions")
    ResponseEntity<Void> decide(@Valid @RequestBody ReviewDecision review) {
        Object command = review.decision() == Decision.LINK
                ? new LinkAsDuplicateCommand(review.reportId(), review.candidate(), review.reason())
                : new RecordNotDuplicateCommand(review.reportId(), review.candidate(), review.reason());
        commands.sendAndWait(command);
        return ResponseEntity.noContent().build();
    }
}
