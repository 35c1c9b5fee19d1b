package uk.police.hcir.cases.lifecycle.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record AllocateCaseCommand(@TargetAggregateIdentifier String caseId,
                                  String officerId,
                                  String teamId,
                                  @TargetAggregateVersion Long expectedVersion) {
}
