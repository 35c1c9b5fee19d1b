package uk.police.hcir.cases.summary.query;

import java.time.Instant;
import java.util.List;

/**
 * A case as officers' queues, searches and the case page see it, with the version a command must name to change
 * it.
 */
public record CaseSummary(String caseId,
                          String reportReference,
                          String channel,
                          String status,
                          Instant reportedAt,
                          Instant openedAt,
                          String victimSubjectId,
                          boolean repeatVictim,
                          boolean hostilityPerceived,
                          List<String> perceivedStrands,
                          List<String> flags,
                          boolean onlineFlag,
                          int flagCorrections,
                          String decision,
                          Instant decisionDue,
                          boolean decisionOverdue,
                          Instant decidedAt,
                          String offenceGroup,
                          String crimeNumber,
                          String riskLevel,
                          Instant riskReviewDue,
                          boolean riskReviewOverdue,
                          Instant supervisorReviewDue,
                          boolean supervisorReviewOverdue,
                          String officerId,
                          String teamId,
                          Integer outcomeType,
                          Instant closedAt,
                          String mergedInto,
                          Instant lastChangeAt,
                          long version) {
}
