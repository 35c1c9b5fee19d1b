package uk.police.hcir.platform.deadletters;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators: the service's dead letters, and retrying them once the cause is fixed. */
@RestController
@RolesAllowed(DeadLetterController.ADMINISTRATOR)
public class DeadLetterController {

    public static final String ADMINISTRATOR = "ADMINISTRATOR";

    private final DeadLetterAdministration administration;

    public DeadLetterController(DeadLetterAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/api/dead-letters")
    public DeadLetters list() {
        return administration.list();
    }

    @PostMapping("/api/dead-letters/{processingGroup}/sequences/{sequenceId}/retry")
    public RetryResult retry(@PathVariable String processingGroup, @PathVariable String sequenceId) {
        return administration.retry(processingGroup, sequenceId);
    }

    @PostMapping("/api/dead-letters/{processingGroup}/retry")
    public RetryResult retryAll(@PathVariable String processingGroup) {
        return administration.retryAll(processingGroup);
    }
}
