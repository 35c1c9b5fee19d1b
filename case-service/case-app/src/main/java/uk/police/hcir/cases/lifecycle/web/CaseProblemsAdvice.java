package uk.police.hcir.cases.lifecycle.web;

import java.util.List;
import java.util.Set;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import uk.police.hcir.cases.lifecycle.command.CaseRefused;
import uk.police.hcir.platform.requestcontext.AuditMetadata;
import uk.police.hcir.platform.webapi.ApiProblem;

/**
 * A broken rule is a problem with the rule's code; a command on a case that changed since the user looked is a
 * conflict that lists what changed, by whom and when.
 */
@RestControllerAdvice
class CaseProblemsAdvice {

    private static final Set<String> BAD_REQUESTS = Set.of("reason-needed", "risk-assessment-incomplete",
                                                           "perception-incomplete", "unknown-milestone",
                                                           "unknown-review-outcome", "unknown-referral-decision",
                                                           "crime-details-needed", "team-needed",
                                                           "nchi-assessment-needed", "referral-agency-needed");

    record Change(long version, String event, String by, String role, String at) {
    }

    private final EventStore events;

    CaseProblemsAdvice(EventStore events) {
        this.events = events;
    }

    @ExceptionHandler(CaseRefused.class)
    ResponseEntity<ProblemDetail> refused(CaseRefused refused) {
        HttpStatus status = BAD_REQUESTS.contains(refused.code()) ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT;
        ApiProblem problem = new ApiProblem(status, refused.code(), "Not allowed for this case", refused.getMessage());
        return ResponseEntity.status(status).body(problem.toProblemDetail());
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ResponseEntity<ProblemDetail> stale(ConflictingAggregateVersionException conflict) {
        String caseId = String.valueOf(conflict.getAggregateIdentifier());
        List<Change> changes = events.readEvents(caseId, conflict.getExpectedVersion() + 1).asStream()
                                     .map(event -> new Change(event.getSequenceNumber(),
                                                              event.getPayloadType().getSimpleName(),
                                                              text(event.getMetaData().get(AuditMetadata.ACTOR_ID)),
                                                              text(event.getMetaData().get(AuditMetadata.ACTOR_ROLE)),
                                                              event.getTimestamp().toString()))
                                     .toList();
        ProblemDetail problem = new ApiProblem(
                HttpStatus.CONFLICT, "case-changed", "The case has changed since you looked at it",
                "Case " + caseId + " is at version " + conflict.getActualVersion() + ", not "
                        + conflict.getExpectedVersion() + ": " + changes.size()
                        + " change(s) since. Review them and try again.").toProblemDetail();
        problem.setProperty("currentVersion", conflict.getActualVersion());
        problem.setProperty("changes", changes);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException missing) {
        ApiProblem problem = new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                                            "No case " + String.valueOf(missing.getAggregateIdentifier()));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem.toProblemDetail());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
