package uk.police.hcir.victimcontact.care.command;

import java.time.Instant;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What can be asked of a case's victim care: by case-service's and intake's events, and by officers. */
public final class VictimCareCommands {

    private VictimCareCommands() {
    }

    /** Intake received a report: the victim it names, and what the reporter said of their age, needs and consent. */
    public record RegisterVictim(@TargetAggregateIdentifier String caseId, String victimSubjectId, boolean anonymous,
                                 String ageGroup, boolean vulnerabilityIndicated, String policeContact,
                                 boolean referralConsent, String contactMethod, Instant reportedAt) {
    }

    /** Whether hostility is perceived, as the case now records it: a victim of hate crime has enhanced rights. */
    public record RecordHostility(@TargetAggregateIdentifier String caseId, boolean hostilityPerceived) {
    }

    /** The case found the victim has been targeted before. */
    public record RecordPersistentTargeting(@TargetAggregateIdentifier String caseId) {
    }

    /** A supervisor sets enhanced rights by hand, with a reason. */
    public record OverrideEnhancedRights(@TargetAggregateIdentifier String caseId, boolean enhanced, String reason) {
    }

    public record AssessNeeds(@TargetAggregateIdentifier String caseId, Map<String, String> answers, String outcome) {
    }

    public record ChangeContactPreferences(@TargetAggregateIdentifier String caseId, String method,
                                           String timesSealed, String language, boolean interpreterNeeded,
                                           String accessibilitySealed, Integer routineEveryDays) {
    }

    public record ReferVictim(@TargetAggregateIdentifier String caseId, String service, boolean consentGiven,
                              Instant referredAt) {
    }

    public record RecordReferralOutcome(@TargetAggregateIdentifier String caseId, String referralId, String status,
                                        String reason) {
    }

    /**
     * The case reached a milestone the Code names: the victim must be told of it. {@code sourceEventId} makes the same
     * milestone read twice one duty; {@code updateAlreadyGiven} says the officer told the victim as it happened.
     */
    public record RecordMilestone(@TargetAggregateIdentifier String caseId, String sourceEventId, String milestone,
                                  Instant reachedAt, boolean updateAlreadyGiven) {
    }

    public record RecordContact(@TargetAggregateIdentifier String caseId, Instant contactedAt, String method,
                                String summarySealed) {
    }
}
