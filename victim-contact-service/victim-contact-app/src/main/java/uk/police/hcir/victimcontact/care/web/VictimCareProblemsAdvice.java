package uk.police.hcir.victimcontact.care.web;

import java.util.Set;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import uk.police.hcir.platform.webapi.ApiProblem;
import uk.police.hcir.victimcontact.care.command.VictimCareRefused;

/** A Code rule or the victim's wishes refusing a request is a problem named by the rule; an unknown victim is 404. */
@RestControllerAdvice
class VictimCareProblemsAdvice {

    private static final Set<String> BAD_REQUESTS = Set.of("reason-needed");

    @ExceptionHandler(VictimCareRefused.class)
    ResponseEntity<ProblemDetail> refused(VictimCareRefused refused) {
        HttpStatus status = BAD_REQUESTS.contains(refused.code()) ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT;
        return ResponseEntity.status(status)
                             .body(new ApiProblem(status, refused.code(), "Not allowed for this victim",
                                                  refused.getMessage()).toProblemDetail());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException missing) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                             .body(new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                                                  "No victim is known for case " + missing.getAggregateIdentifier())
                                           .toProblemDetail());
    }
}
