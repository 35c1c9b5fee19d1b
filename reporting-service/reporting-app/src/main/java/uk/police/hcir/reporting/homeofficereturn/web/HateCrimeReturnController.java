package uk.police.hcir.reporting.homeofficereturn.web;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.police.hcir.platform.webapi.ApiProblem;
import uk.police.hcir.reporting.homeofficereturn.FinancialYear;
import uk.police.hcir.reporting.homeofficereturn.HateCrimeReturn;
import uk.police.hcir.reporting.homeofficereturn.HateCrimeReturns;

/** The Home Office hate crime return for a financial year, as CSV in the published layout or as JSON. */
@RestController
@RolesAllowed({"ANALYST"})
class HateCrimeReturnController {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
    private final HateCrimeReturns returns;

    HateCrimeReturnController(HateCrimeReturns returns) {
        this.returns = returns;
    }

    @GetMapping(value = "/api/returns/home-office-hate-crime", produces = "text/csv")
    ResponseEntity<String> csv(@RequestParam String financialYear) {
        HateCrimeReturn hateCrimeReturn = returns.forYear(year(financialYear));
        return ResponseEntity.ok()
                             .contentType(CSV)
                             .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"hate-crime-return-"
                                     + hateCrimeReturn.financialYear().replace('/', '-') + ".csv\"")
                             .body(hateCrimeReturn.toCsv());
    }

    @GetMapping(value = "/api/returns/home-office-hate-crime", produces = MediaType.APPLICATION_JSON_VALUE)
    HateCrimeReturn json(@RequestParam String financialYear) {
        return returns.forYear(year(financialYear));
    }

    private static FinancialYear year(String text) {
        return FinancialYear.parse(text).orElseThrow(() -> ApiProblem.invalid(List.of(new ApiProblem.FieldError(
                "financialYear", "must be a financial year such as 2024-25"))));
    }
}
