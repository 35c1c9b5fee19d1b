package uk.police.hcir.cases.motivation;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record RecordMotivationCommand(@TargetAggregateIdentifier String caseId,
                                      boolean hostilityPerceived,
                                      List<String> perceivedBy,
                                      List<String> strands,
                                      String ownWordsSealed,
                                      boolean onlineElement,
                                      @TargetAggregateVersion Long expectedVersion) {
}
