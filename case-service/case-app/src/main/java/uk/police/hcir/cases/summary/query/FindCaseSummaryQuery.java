package uk.police.hcir.cases.summary.query;

public record FindCaseSummaryQuery(String caseId) {
}
