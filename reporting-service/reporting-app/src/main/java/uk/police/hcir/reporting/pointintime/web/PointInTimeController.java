package uk.police.hcir.reporting.pointintime.web;

import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.police.hcir.platform.webapi.ApiProblem;
import uk.police.hcir.reporting.pointintime.CaseChanges;
import uk.police.hcir.reporting.pointintime.CaseState;
import uk.police.hcir.reporting.pointintime.CaseStates;

/** A case as it stood at any instant, and what changed between two. */
@RestController
@RolesAllowed({"AUDITOR", "SUPERVISOR"})
class PointInTimeController {

    private final CaseStates states;

    PointInTimeController(CaseStates states) {
        this.states = states;
    }

    /** The case at {@code at} (ISO-8601 instant), or as it stands now when no instant is given. */
    @GetMapping("/api/cases/{caseId}/state")
    CaseState state(@PathVariable String caseId, @RequestParam(required = false) String at) {
        requireKnown(caseId);
        if (at == null) {
            return states.live(caseId).orElseGet(() -> states.at(caseId, Instant.now()));
        }
        return states.at(caseId, instant("at", at));
    }

    @GetMapping("/api/cases/{caseId}/changes")
    CaseChanges changes(@PathVariable String caseId, @RequestParam String from, @RequestParam String to) {
        Instant start = instant("from", from);
        Instant end = instant("to", to);
        if (end.isBefore(start)) {
            throw ApiProblem.invalid(java.util.List.of(new ApiProblem.FieldError("to", "must not be before from")));
        }
        requireKnown(caseId);
        return states.between(caseId, start, end);
    }

    private void requireKnown(String caseId) {
        if (!states.known(caseId)) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "case-not-found", "No such case",
                                 "No event of case " + caseId + " has been received");
        }
    }

    private static Instant instant(String name, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid(java.util.List.of(new ApiProblem.FieldError(
                    name, "must be an ISO-8601 instant such as 2026-05-04T09:15:00Z")));
        }
    }
}
