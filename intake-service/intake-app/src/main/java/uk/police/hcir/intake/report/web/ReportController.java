package uk.police.hcir.intake.report.web;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.police.hcir.intake.partner.PartnerAuthenticationFilter;
import uk.police.hcir.intake.partner.PartnerCentre;
import uk.police.hcir.intake.report.command.WithdrawReportCommand;
import uk.police.hcir.intake.report.query.PartnerReportStatus;
import uk.police.hcir.intake.report.query.ReportLookup;
import uk.police.hcir.intake.report.query.ReportView;
import uk.police.hcir.platform.webapi.ApiProblem;

@RestController
class ReportController {

    private final ReportLookup reports;
    private final CommandGateway commands;

    ReportController(ReportLookup reports, CommandGateway commands) {
        this.reports = reports;
        this.commands = commands;
    }

    @RolesAllowed({"CALL_HANDLER", "OFFICER", "SUPERVISOR", "VICTIM_CARE", "AUDITOR"})
    @GetMapping("/api/reports/{reportId}")
    ReportView find(@PathVariable String reportId) {
        return reports.find(reportId).orElseThrow(() -> notFound("No report " + reportId));
    }

    @PermitAll
    @GetMapping("/api/partner/reports")
    PartnerReportStatus status(@RequestParam String centreReference,
                               @RequestAttribute(PartnerAuthenticationFilter.CENTRE_ATTRIBUTE) PartnerCentre centre) {
        return reports.findForCentre(centre.centreId(), centreReference)
                      .orElseThrow(() -> notFound("Your centre has submitted no report " + centreReference));
    }

    record Withdrawal(@NotBlank @Size(max = 2000) String reason) {
    }

    @RolesAllowed({"OFFICER", "SUPERVISOR"})
    @PostMapping("/api/reports/{reportId}/withdrawal")
    ResponseEntity<Void> withdraw(@PathVariable String reportId, @Valid @RequestBody Withdrawal withdrawal) {
        reports.find(reportId).orElseThrow(() -> notFound("No report " + reportId));
        commands.sendAndWait(new WithdrawReportCommand(reportId, withdrawal.reason()));
        return ResponseEntity.noContent().build();
    }

    static ApiProblem notFound(String detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "Not found", detail);
    }
}
