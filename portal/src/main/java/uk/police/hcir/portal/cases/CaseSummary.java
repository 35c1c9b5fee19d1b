package uk.police.hcir.portal.cases;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/** A case as case-service summarises it, with the version a change to it must name. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseSummary(String caseId,
                          String reportReference,
                          String channel,
                          String status,
                          Instant reportedAt,
                          Instant openedAt,
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

    public CaseSummary {
        perceivedStrands = perceivedStrands == null ? List.of() : List.copyOf(perceivedStrands);
        flags = flags == null ? null : List.copyOf(flags);
    }

    public boolean isOpen() {
        return "OPEN".equals(status);
    }

    public boolean flagged() {
        return flags != null;
    }

    public boolean decided() {
        return decision != null;
    }

    public boolean decisionLate(Instant now) {
        return decision == null && (decisionOverdue || (decisionDue != null && decisionDue.isBefore(now)));
    }

    public boolean riskReviewLate(Instant now) {
        return riskReviewOverdue || (riskReviewDue != null && riskReviewDue.isBefore(now));
    }

    public boolean supervisorReviewLate(Instant now) {
        return supervisorReviewOverdue || (supervisorReviewDue != null && supervisorReviewDue.isBefore(now));
    }

    /** Something on the case is past its time: the recording decision, a risk review or a supervisor's review. */
    public boolean overdue(Instant now) {
        return decisionLate(now) || riskReviewLate(now) || supervisorReviewLate(now);
    }

    public boolean awaitingSupervisorReview() {
        return supervisorReviewDue != null;
    }
}
