package uk.police.hcir.reporting.pointintime;

import java.time.Instant;
import java.util.List;

/**
 * A case as it stood after a number of its events: its motivation, flags, recording decision, risk and victim
 * contact. Fields are null where nothing has been recorded yet.
 *
 * <p>Victims' Code duties: {@code updatesOnTime} and {@code updatesLate} count duties met by contact with the
 * victim, {@code referralsOnTime} and {@code referralsLate} the referrals made; {@code overdueDuties} and
 * {@code overdueReferralDuties} are the duties past their deadline and not met yet, and
 * {@code overdueVictimUpdates} is how many of the former there are.
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
                        Instant lastEventAt,
                        String perceptionAsked,
                        String teamId,
                        String victimSubjectId,
                        boolean repeatVictim,
                        int updatesOnTime,
                        int updatesLate,
                        int referralsOnTime,
                        int referralsLate,
                        List<String> overdueDuties,
                        List<String> overdueReferralDuties) {

    public static CaseState empty(String caseId) {
        return new CaseState(caseId, null, null, null, null, List.of(), List.of(), null, List.of(), null, 0, null,
                             null, null, null, false, null, null, null, false, false, null, 0, null, null, 0, null, 0,
                             null, null, null, null, false, 0, 0, 0, 0, List.of(), List.of());
    }
}
