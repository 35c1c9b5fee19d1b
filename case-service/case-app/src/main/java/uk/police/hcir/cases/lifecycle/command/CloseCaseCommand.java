package uk.police.hcir.cases.lifecycle.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record CloseCaseCommand(@TargetAggregateIdentifier String caseId,
                               boolean closingUpdateGiven,
                               String noClosingUpdateReason,
                               @TargetAggregateVersion Long expectedVersion) {
}
