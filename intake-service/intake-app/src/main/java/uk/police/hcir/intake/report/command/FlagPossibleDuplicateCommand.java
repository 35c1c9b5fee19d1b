package uk.police.hcir.intake.report.command;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record FlagPossibleDuplicateCommand(@TargetAggregateIdentifier String reportId,
                                           String candidate,
                                           double score,
                                           List<String> matchedRules) {
}
