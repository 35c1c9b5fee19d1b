package uk.police.hcir.cases.lifecycle.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record OpenCaseCommand(@TargetAggregateIdentifier String caseId, String reportReference, Instant openedAt) {
}
