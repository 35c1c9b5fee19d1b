package uk.police.hcir.reporting.audit.web;

import jakarta.annotation.security.RolesAllowed;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.police.hcir.reporting.audit.query.CasesWithReference;
import uk.police.hcir.reporting.audit.query.FindCasesByReferenceQuery;
import uk.police.hcir.reporting.audit.query.AuditTrail;
import uk.police.hcir.reporting.audit.query.FindAuditTrailQuery;

@RestController
@RequestMapping("/api/cases")
@RolesAllowed({"AUDITOR", "SUPERVISOR", "OFFICER"})
class AuditTrailController {

    private final QueryGateway queries;

    AuditTrailController(QueryGateway queries) {
        this.queries = queries;
    }

    /** The cases opened for the report with this reference, for finding a case by what its reporter was told. */
    @GetMapping(params = "reference")
    CasesWithReference byReference(@RequestParam String reference) {
        return queries.query(new FindCasesByReferenceQuery(reference.trim()), CasesWithReference.class).join();
    }

    @GetMapping("/{caseId}/audit-trail")
    AuditTrail auditTrail(@PathVariable String caseId) {
        return queries.query(new FindAuditTrailQuery(caseId), AuditTrail.class).join();
    }
}
