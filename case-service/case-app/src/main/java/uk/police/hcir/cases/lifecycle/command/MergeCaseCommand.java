package uk.police.hcir.cases.lifecycle.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record MergeCaseCommand(@TargetAggregateIdentifier String caseId, String into) {
}
