package uk.police.hcir.intake.report.web;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import uk.police.hcir.intake.partner.PartnerAuthenticationFilter;
import uk.police.hcir.intake.partner.PartnerCentre;
import uk.police.hcir.intake.report.command.Channel;
import uk.police.hcir.intake.report.submission.ReportAccepted;
import uk.police.hcir.intake.report.submission.ReportIntake;
import uk.police.hcir.intake.report.submission.ReportIntake.Submitter;
import uk.police.hcir.intake.report.submission.ReportSubmission;
import uk.police.hcir.intake.report.submission.SubmissionRateLimiter;
import uk.police.hcir.platform.requestcontext.Actor;
import uk.police.hcir.platform.webapi.ActingUser;
import uk.police.hcir.platform.webapi.ApiProblem;

/** One entry point per channel; each gives the reporter a reference at once. */
@RestController
class ReportSubmissionController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,128}");

    private final ReportIntake intake;
    private final SubmissionRateLimiter rateLimiter;

    ReportSubmissionController(ReportIntake intake, SubmissionRateLimiter rateLimiter) {
        this.intake = intake;
        this.rateLimiter = rateLimiter;
    }

    @Operation(summary = "A 999 or 101 call taken by a control-room call handler")
    @RolesAllowed({"CALL_HANDLER", "SUPERVISOR"})
    @PostMapping("/api/control-room/reports")
    ResponseEntity<ReportAccepted> controlRoom(@Valid @RequestBody ReportSubmission report,
                                               @Parameter(description = "Makes retries safe")
                                               @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        Actor actor = ActingUser.current();
        return accepted(intake.accept(Channel.CONTROL_ROOM, report, new Submitter("user:" + actor.id()), null,
                                      checked(key)));
    }

    @Operation(summary = "The public online form: no sign-in needed, and the victim may stay anonymous")
    @PermitAll
    @PostMapping("/api/online/reports")
    ResponseEntity<ReportAccepted> online(@Valid @RequestBody ReportSubmission report,
                                          @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                          HttpServletRequest request) {
        rateLimiter.admitPublic(request.getRemoteAddr());
        return accepted(intake.accept(Channel.ONLINE, report, new Submitter("public:" + request.getRemoteAddr()),
                                      null, checked(key)));
    }

    @Operation(summary = "A third-party reporting centre reporting on a victim's behalf, with its own credential")
    @PermitAll
    @PostMapping("/api/partner/reports")
    ResponseEntity<ReportAccepted> partner(
            @Valid @RequestBody ReportSubmission report,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @RequestAttribute(PartnerAuthenticationFilter.CENTRE_ATTRIBUTE) PartnerCentre centre) {
        rateLimiter.admitPartner(centre.centreId());
        return accepted(intake.accept(Channel.THIRD_PARTY, report, new Submitter("centre:" + centre.centreId()),
                                      centre.centreId(), checked(key)));
    }

    @Operation(summary = "A report an officer raises")
    @RolesAllowed({"OFFICER", "SUPERVISOR"})
    @PostMapping("/api/officer/reports")
    ResponseEntity<ReportAccepted> officer(@Valid @RequestBody ReportSubmission report,
                                           @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        Actor actor = ActingUser.current();
        return accepted(intake.accept(Channel.OFFICER, report, new Submitter("user:" + actor.id()), null,
                                      checked(key)));
    }

    private static String checked(String key) {
        if (key != null && !KEY.matcher(key).matches()) {
            throw ApiProblem.invalid(java.util.List.of(new ApiProblem.FieldError(
                    IDEMPOTENCY_KEY, "must be 8 to 128 letters, digits, - or _")));
        }
        return key;
    }

    private static ResponseEntity<ReportAccepted> accepted(ReportIntake.Outcome outcome) {
        return ResponseEntity.status(HttpStatus.CREATED)
                             .location(URI.create("/api/reports/" + outcome.accepted().reportId()))
                             .header("Idempotency-Replayed", Boolean.toString(outcome.replayed()))
                             .body(outcome.accepted());
    }
}
