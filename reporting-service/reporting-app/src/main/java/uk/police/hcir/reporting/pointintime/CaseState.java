package uk.police.hcir.reporting.pointintime;

import java.time.Instant;
import java.util.List;

/**
 * A case as it stood after a number of its events: its motivation, flags, recording decision, risk and victim
 * contact. Fields are null where nothing has been recorded yet.
 */
public record CaseState(String caseId,
                        String status,
                        String channel,
                        Instant reportedAt,
                        Boolean hostilityPerceived,
                        List<String> perceivedBy,
                        List<String> perceivedStrands,
                        Boolean onlineElement,
                        List<String> flaggedStrands,
                        Boolean onlineFlag,
                        int flagCorrections,
                        String recordingDecision,
                        String offenceGroup,
                        String recordingDecisionReason,
                        Instant recordingDecisionAt,
                        boolean recordingDecisionOverdue,
                        String riskLevel,
                        Integer riskScore,
                        Instant nextRiskReviewDue,
                        boolean riskReviewOverdue,
                        boolean victimRegistered,
                        Boolean enhancedRights,
                        int victimUpdates,
                        Instant firstVictimUpdateAt,
                        Instant lastVictimUpdateAt,
                        int overdueVictimUpdates,
                        Integer outcomeType,
                        int eventsApplied,
                        Instant lastEventAt) {

    public static CaseState empty(String caseId) {
        return new CaseState(caseId, null, null, null, null, List.of(), List.of(), null, List.of(), null, 0, null,
                             null, null, null, false, null, null, null, false, false, null, 0, null, null, 0, null, 0,
                             null);
    }
}
