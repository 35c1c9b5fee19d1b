package uk.police.hcir.victimcontact.caseregister;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases")
@RolesAllowed({"VICTIM_CARE", "OFFICER", "SUPERVISOR", "AUDITOR"})
class KnownCaseController {

    private final CaseRegister register;

    KnownCaseController(CaseRegister register) {
        this.register = register;
    }

    @GetMapping("/{caseId}")
    ResponseEntity<KnownCase> find(@PathVariable String caseId) {
        return ResponseEntity.of(register.find(caseId));
    }
}
