package uk.police.hcir.intake.report.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.police.hcir.intake.report.command.ReceiveReportCommand;
import uk.police.hcir.intake.report.reference.ReportReferences;

@RestController
@RequestMapping("/api/reports")
class ReportController {

    private final CommandGateway commands;
    private final ReportReferences references;
    private final Clock clock;

    ReportController(CommandGateway commands, ReportReferences references, Clock clock) {
        this.commands = commands;
        this.references = references;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<ReportAccepted> receive(@Valid @RequestBody ReportSubmission submission) {
        String reportId = UUID.randomUUID().toString();
        String reference = references.next();
        commands.sendAndWait(new ReceiveReportCommand(reportId, reference, submission.channel(), clock.instant()));
        return ResponseEntity.created(URI.create("/api/reports/" + reportId))
                             .body(new ReportAccepted(reportId, reference));
    }
}
