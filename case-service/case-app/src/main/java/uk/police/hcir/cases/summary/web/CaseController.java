package uk.police.hcir.cases.summary.web;

import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.police.hcir.cases.summary.query.CaseSummary;
import uk.police.hcir.cases.summary.query.FindCaseSummaryQuery;

@RestController
@RequestMapping("/api/cases")
class CaseController {

    private final QueryGateway queries;

    CaseController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/{caseId}")
    ResponseEntity<CaseSummary> find(@PathVariable String caseId) {
        Optional<CaseSummary> summary = queries.query(new FindCaseSummaryQuery(caseId),
                                                      ResponseTypes.optionalInstanceOf(CaseSummary.class)).join();
        return ResponseEntity.of(summary);
    }
}
