package uk.police.hcir.cases.lifecycle.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record RecordMilestoneCommand(@TargetAggregateIdentifier String caseId,
                                     String milestone,
                                     Instant reachedAt,
                                     @TargetAggregateVersion Long expectedVersion) {
}
