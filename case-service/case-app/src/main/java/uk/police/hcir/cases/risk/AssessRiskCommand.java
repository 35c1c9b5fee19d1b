package uk.police.hcir.cases.risk;

import java.time.Instant;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record AssessRiskCommand(@TargetAggregateIdentifier String caseId,
                                Map<String, RiskQuestionnaire.Answer> answers,
                                RiskLevel level,
                                String levelReason,
                                Instant assessedAt,
                                @TargetAggregateVersion Long expectedVersion) {
}
