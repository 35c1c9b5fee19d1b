package uk.police.hcir.cases.summary.web;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.police.hcir.cases.risk.RiskQuestionnaire;
import uk.police.hcir.cases.summary.query.CaseSearch;
import uk.police.hcir.cases.summary.query.CaseSummaries;
import uk.police.hcir.cases.summary.query.CaseSummary;
import uk.police.hcir.platform.requestcontext.Actor;
import uk.police.hcir.platform.webapi.ActingUser;
import uk.police.hcir.platform.webapi.ApiProblem;

@RestController
class CaseQueriesController {

    private final CaseSummaries cases;
    private final Clock clock;

    CaseQueriesController(CaseSummaries cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @RolesAllowed({"CALL_HANDLER", "OFFICER", "SUPERVISOR", "VICTIM_CARE", "AUDITOR", "ANALYST"})
    @GetMapping("/api/cases/{caseId}")
    CaseSummary find(@PathVariable String caseId) {
        return cases.find(caseId).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                                                                   "No case " + caseId));
    }

    @RolesAllowed({"CALL_HANDLER", "OFFICER", "SUPERVISOR", "VICTIM_CARE", "AUDITOR", "ANALYST"})
    @GetMapping("/api/cases")
    List<CaseSummary> search(@RequestParam(required = false) String reference,
                             @RequestParam(required = false) String victim,
                             @RequestParam(required = false) String strand,
                             @RequestParam(required = false) String status,
                             @RequestParam(required = false) String officer,
                             @RequestParam(required = false) String team,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                             Instant reportedFrom,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                             Instant reportedTo,
                             @RequestParam(defaultValue = "50") int limit,
                             @RequestParam(defaultValue = "0") int offset) {
        if (limit < 1 || limit > 500 || offset < 0) {
            throw ApiProblem.invalid(List.of(new ApiProblem.FieldError("limit", "must be 1 to 500, offset 0 or more")));
        }
        return cases.search(new CaseSearch(reference, victim, strand, status, officer, team, reportedFrom, reportedTo,
                                           limit, offset));
    }

    @RolesAllowed({"OFFICER", "SUPERVISOR"})
    @GetMapping("/api/cases/queues/mine")
    List<CaseSummary> mine() {
        Actor officer = ActingUser.current();
        return cases.search(new CaseSearch(null, null, null, "OPEN", officer.id(), null, null, null, 200, 0));
    }

    @RolesAllowed({"OFFICER", "SUPERVISOR"})
    @GetMapping("/api/cases/queues/team/{teamId}")
    List<CaseSummary> team(@PathVariable String teamId) {
        return cases.search(new CaseSearch(null, null, null, "OPEN", null, teamId, null, null, 200, 0));
    }

    @RolesAllowed({"SUPERVISOR"})
    @GetMapping("/api/cases/queues/supervisor")
    List<CaseSummary> supervisor() {
        return cases.supervisorQueue(clock.instant(), 200);
    }

    @RolesAllowed({"CALL_HANDLER", "OFFICER", "SUPERVISOR", "VICTIM_CARE", "AUDITOR", "ANALYST"})
    @GetMapping("/api/risk-assessment/questionnaire")
    Map<String, Object> questionnaire() {
        return Map.of("version", RiskQuestionnaire.VERSION,
                      "mediumFrom", RiskQuestionnaire.MEDIUM_FROM,
                      "highFrom", RiskQuestionnaire.HIGH_FROM,
                      "questions", RiskQuestionnaire.QUESTIONS);
    }
}
