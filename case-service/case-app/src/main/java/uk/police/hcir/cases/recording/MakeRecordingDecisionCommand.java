package uk.police.hcir.cases.recording;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record MakeRecordingDecisionCommand(@TargetAggregateIdentifier String caseId,
                                           RecordingDecision decision,
                                           String offenceCode,
                                           OffenceGroup offenceGroup,
                                           String crimeNumber,
                                           String reason,
                                           NchiAssessment nchiAssessment,
                                           Instant decidedAt,
                                           @TargetAggregateVersion Long expectedVersion) {
}
