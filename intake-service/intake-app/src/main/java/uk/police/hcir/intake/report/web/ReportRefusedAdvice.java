package uk.police.hcir.intake.report.web;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import uk.police.hcir.intake.report.command.ReportRefused;
import uk.police.hcir.platform.webapi.ApiProblem;

/** A command the report's history does not allow is a conflict, with the rule's code. */
@RestControllerAdvice
class ReportRefusedAdvice {

    @ExceptionHandler(ReportRefused.class)
    ResponseEntity<ProblemDetail> refused(ReportRefused refused) {
        HttpStatus status = refused.reason() == ReportRefused.Reason.REASON_REQUIRED
                ? HttpStatus.BAD_REQUEST
                : HttpStatus.CONFLICT;
        ApiProblem problem = new ApiProblem(status, refused.reason().code(), "Not allowed for this report",
                                            refused.getMessage());
        return ResponseEntity.status(status).body(problem.toProblemDetail());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> noSuchReport(AggregateNotFoundException missing) {
        ApiProblem problem = new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                                            "No report " + missing.getAggregateIdentifier());
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem.toProblemDetail());
    }
}
