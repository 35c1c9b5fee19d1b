package uk.police.hcir.cases.lifecycle.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record ReopenCaseCommand(@TargetAggregateIdentifier String caseId,
                                String reason,
                                @TargetAggregateVersion Long expectedVersion) {
}
