package uk.police.hcir.reporting.audit.query;

/** The cases opened for a report with this reference: usually one, none when no such report was received. */
public record FindCasesByReferenceQuery(String reference) {
}
