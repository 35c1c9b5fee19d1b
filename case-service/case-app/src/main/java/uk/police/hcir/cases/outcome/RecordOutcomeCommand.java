package uk.police.hcir.cases.outcome;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record RecordOutcomeCommand(@TargetAggregateIdentifier String caseId,
                                   HomeOfficeOutcome outcome,
                                   String victimViewsSealed,
                                   @TargetAggregateVersion Long expectedVersion) {
}
