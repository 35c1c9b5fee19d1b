package uk.police.hcir.reporting.integrity.web;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.police.hcir.platform.webapi.ApiProblem;
import uk.police.hcir.reporting.integrity.AuditTrailExport;
import uk.police.hcir.reporting.integrity.CaseVerification;
import uk.police.hcir.reporting.integrity.Checkpoint;
import uk.police.hcir.reporting.integrity.CheckpointVerification;
import uk.police.hcir.reporting.integrity.HashChainVerifier;

/** Tamper evidence: verify a case's hash chain, take checkpoints over every chain and verify against them. */
@RestController
@RolesAllowed({"AUDITOR"})
class IntegrityController {

    private final HashChainVerifier verifier;

    IntegrityController(HashChainVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/api/cases/{caseId}/integrity")
    CaseVerification verifyCase(@PathVariable String caseId) {
        if (!verifier.caseKnown(caseId)) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "case-not-found", "No such case",
                                 "No event of case " + caseId + " has been received");
        }
        return verifier.verify(caseId);
    }

    @GetMapping("/api/cases/{caseId}/audit-trail/export")
    AuditTrailExport export(@PathVariable String caseId) {
        if (!verifier.caseKnown(caseId)) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "case-not-found", "No such case",
                                 "No event of case " + caseId + " has been received");
        }
        return verifier.export(caseId);
    }

    @PostMapping("/api/integrity/checkpoints")
    @ResponseStatus(HttpStatus.CREATED)
    Checkpoint takeCheckpoint() {
        return verifier.takeCheckpoint();
    }

    @GetMapping("/api/integrity/checkpoints")
    List<Checkpoint> checkpoints() {
        return verifier.checkpoints();
    }

    @PostMapping("/api/integrity/checkpoints/verify")
    CheckpointVerification verifyAgainst(@RequestBody Checkpoint checkpoint) {
        if (checkpoint == null || checkpoint.merkleRoot() == null || checkpoint.cases() == null) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-checkpoint", "The checkpoint is not valid",
                                 "A checkpoint needs its merkleRoot and its cases, as exported");
        }
        return verifier.verify(checkpoint);
    }
}
