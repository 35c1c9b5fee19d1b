package uk.police.hcir.cases.lifecycle.command;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Open the case of a report, with the answer to the perception question the report carries and, where the victim
 * or the place was reported before, the earlier cases.
 */
public record OpenCaseCommand(@TargetAggregateIdentifier String caseId,
                              String reportReference,
                              String channel,
                              Instant reportedAt,
                              Instant openedAt,
                              String victimSubjectId,
                              ReportedPerception perception,
                              RepeatVictim repeatVictim) {

    public record ReportedPerception(boolean hostilityPerceived, List<String> perceivedBy, List<String> strands,
                                     String ownWordsSealed, boolean onlineElement) {
    }

    public record RepeatVictim(List<String> matchedBy, List<String> earlierCases, int windowMonths) {
    }
}
