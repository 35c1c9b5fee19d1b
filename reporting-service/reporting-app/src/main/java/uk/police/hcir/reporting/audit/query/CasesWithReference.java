package uk.police.hcir.reporting.audit.query;

import java.util.List;

public record CasesWithReference(String reference, List<String> caseIds) {
}
