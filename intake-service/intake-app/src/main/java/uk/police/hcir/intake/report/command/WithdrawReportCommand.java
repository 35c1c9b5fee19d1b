package uk.police.hcir.intake.report.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record WithdrawReportCommand(@TargetAggregateIdentifier String reportId, String reason) {
}
