package uk.police.hcir.cases.lifecycle.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record JoinReportCommand(@TargetAggregateIdentifier String caseId, String reportId, String reportReference) {
}
