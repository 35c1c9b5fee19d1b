package uk.police.hcir.intake.report.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordNotDuplicateCommand(@TargetAggregateIdentifier String reportId, String candidate, String reason) {
}
