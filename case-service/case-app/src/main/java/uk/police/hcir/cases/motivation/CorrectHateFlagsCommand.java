package uk.police.hcir.cases.motivation;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record CorrectHateFlagsCommand(@TargetAggregateIdentifier String caseId,
                                      List<String> strands,
                                      boolean online,
                                      String reason,
                                      @TargetAggregateVersion Long expectedVersion) {
}
