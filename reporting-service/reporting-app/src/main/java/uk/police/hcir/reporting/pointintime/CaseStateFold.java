package uk.police.hcir.reporting.pointintime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies one published event to a case's state. The live projection and the point-in-time views both fold with
 * this, so the state at any instant is the state that was live then. Unknown event types leave the state as it was,
 * apart from counting them. The live projection receives each service's events in order but the services' topics
 * interleaved as they arrive, while a rebuild folds them in the order they occurred; what the state shows must not
 * depend on which, so the time of the last event is the latest of them, not the one that happened to come last.
 */
public final class CaseStateFold {

    private CaseStateFold() {
    }

    public static CaseState apply(CaseState s, String eventType, Instant occurredAt, JsonNode data) {
        String type = eventType.substring(eventType.lastIndexOf('.') + 1);
        CaseState n = switch (type) {
            case "case-opened" -> with(s).status("OPEN").channel(text(data, "channel"))
                                         .reportedAt(instant(data, "reportedAt")).build();
            case "report-received" -> s.channel() == null ? with(s).channel(text(data, "channel"))
                                                                   .reportedAt(instant(data, "receivedAt")).build()
                    : s;
            case "motivation-recorded" -> with(s).hostilityPerceived(data.path("hostilityPerceived").asBoolean())
                                                 .perceivedBy(list(data, "perceivedBy"))
                                                 .perceivedStrands(list(data, "strands"))
                                                 .onlineElement(data.path("onlineElement").asBoolean()).build();
            case "hate-flags-applied" -> with(s).flaggedStrands(list(data, "strands"))
                                                .onlineFlag(data.path("online").asBoolean()).build();
            case "hate-flags-corrected" -> with(s).flaggedStrands(list(data, "strands"))
                                                  .onlineFlag(data.path("online").asBoolean())
                                                  .flagCorrections(s.flagCorrections() + 1).build();
            case "recording-decision-made" -> with(s).recordingDecision(text(data, "decision"))
                                                     .offenceGroup(text(data, "offenceGroup"))
                                                     .recordingDecisionReason(text(data, "reason"))
                                                     .recordingDecisionAt(occurredAt)
                                                     .recordingDecisionOverdue(false).build();
            case "recording-decision-overdue" -> s.recordingDecision() == null
                    ? with(s).recordingDecisionOverdue(true).build() : s;
            case "risk-assessed" -> with(s).riskLevel(text(data, "level"))
                                           .riskScore(data.hasNonNull("score") ? data.get("score").asInt() : null)
                                           .nextRiskReviewDue(instant(data, "nextReviewDue"))
                                           .riskReviewOverdue(false).build();
            case "risk-review-overdue" -> with(s).riskReviewOverdue(true).build();
            case "victim-registered" -> with(s).victimRegistered(true).build();
            case "enhanced-rights-determined" -> with(s).enhancedRights(data.path("enhanced").asBoolean()).build();
            case "victim-updated" -> {
                Instant at = data.hasNonNull("contactedAt") ? instant(data, "contactedAt") : occurredAt;
                yield with(s).victimUpdates(s.victimUpdates() + 1)
                             .firstVictimUpdateAt(s.firstVictimUpdateAt() == null ? at : s.firstVictimUpdateAt())
                             .lastVictimUpdateAt(at).build();
            }
            case "update-became-overdue" -> with(s).overdueVictimUpdates(s.overdueVictimUpdates() + 1).build();
            case "outcome-recorded" -> with(s).outcomeType(data.path("outcomeType").asInt()).build();
            case "case-closed" -> with(s).status("CLOSED").build();
            case "case-reopened" -> with(s).status("OPEN").build();
            default -> s;
        };
        Instant last = s.lastEventAt() != null && s.lastEventAt().isAfter(occurredAt) ? s.lastEventAt() : occurredAt;
        return with(n).eventsApplied(s.eventsApplied() + 1).lastEventAt(last).build();
    }

    private static String text(JsonNode data, String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Instant instant(JsonNode data, String field) {
        String value = text(data, field);
        return value == null ? null : Instant.parse(value);
    }

    private static List<String> list(JsonNode data, String field) {
        List<String> values = new ArrayList<>();
        data.path(field).forEach(value -> values.add(value.asText()));
        return List.copyOf(values);
    }

    private static Builder with(CaseState s) {
        return new Builder(s);
    }

    private static final class Builder {
        private String caseId, status, channel, recordingDecision, offenceGroup, recordingDecisionReason, riskLevel;
        private Instant reportedAt, recordingDecisionAt, nextRiskReviewDue, firstVictimUpdateAt, lastVictimUpdateAt,
                lastEventAt;
        private Boolean hostilityPerceived, onlineElement, onlineFlag, enhancedRights;
        private List<String> perceivedBy, perceivedStrands, flaggedStrands;
        private int flagCorrections, victimUpdates, overdueVictimUpdates, eventsApplied;
        private boolean recordingDecisionOverdue, riskReviewOverdue, victimRegistered;
        private Integer riskScore, outcomeType;

        Builder(CaseState s) {
            caseId = s.caseId(); status = s.status(); channel = s.channel(); reportedAt = s.reportedAt();
            hostilityPerceived = s.hostilityPerceived(); perceivedBy = s.perceivedBy();
            perceivedStrands = s.perceivedStrands(); onlineElement = s.onlineElement();
            flaggedStrands = s.flaggedStrands(); onlineFlag = s.onlineFlag(); flagCorrections = s.flagCorrections();
            recordingDecision = s.recordingDecision(); offenceGroup = s.offenceGroup();
            recordingDecisionReason = s.recordingDecisionReason(); recordingDecisionAt = s.recordingDecisionAt();
            recordingDecisionOverdue = s.recordingDecisionOverdue(); riskLevel = s.riskLevel();
            riskScore = s.riskScore(); nextRiskReviewDue = s.nextRiskReviewDue();
            riskReviewOverdue = s.riskReviewOverdue(); victimRegistered = s.victimRegistered();
            enhancedRights = s.enhancedRights(); victimUpdates = s.victimUpdates();
            firstVictimUpdateAt = s.firstVictimUpdateAt(); lastVictimUpdateAt = s.lastVictimUpdateAt();
            overdueVictimUpdates = s.overdueVictimUpdates(); outcomeType = s.outcomeType();
            eventsApplied = s.eventsApplied(); lastEventAt = s.lastEventAt();
        }

        Builder status(String v) { status = v; return this; }
        Builder channel(String v) { channel = v; return this; }
        Builder reportedAt(Instant v) { reportedAt = v; return this; }
        Builder hostilityPerceived(Boolean v) { hostilityPerceived = v; return this; }
        Builder perceivedBy(List<String> v) { perceivedBy = v; return this; }
        Builder perceivedStrands(List<String> v) { perceivedStrands = v; return this; }
        Builder onlineElement(Boolean v) { onlineElement = v; return this; }
        Builder flaggedStrands(List<String> v) { flaggedStrands = v; return this; }
        Builder onlineFlag(Boolean v) { onlineFlag = v; return this; }
        Builder flagCorrections(int v) { flagCorrections = v; return this; }
        Builder recordingDecision(String v) { recordingDecision = v; return this; }
        Builder offenceGroup(String v) { offenceGroup = v; return this; }
        Builder recordingDecisionReason(String v) { recordingDecisionReason = v; return this; }
        Builder recordingDecisionAt(Instant v) { recordingDecisionAt = v; return this; }
        Builder recordingDecisionOverdue(boolean v) { recordingDecisionOverdue = v; return this; }
        Builder riskLevel(String v) { riskLevel = v; return this; }
        Builder riskScore(Integer v) { riskScore = v; return this; }
        Builder nextRiskReviewDue(Instant v) { nextRiskReviewDue = v; return this; }
        Builder riskReviewOverdue(boolean v) { riskReviewOverdue = v; return this; }
        Builder victimRegistered(boolean v) { victimRegistered = v; return this; }
        Builder enhancedRights(Boolean v) { enhancedRights = v; return this; }
        Builder victimUpdates(int v) { victimUpdates = v; return this; }
        Builder firstVictimUpdateAt(Instant v) { firstVictimUpdateAt = v; return this; }
        Builder lastVictimUpdateAt(Instant v) { lastVictimUpdateAt = v; return this; }
        Builder overdueVictimUpdates(int v) { overdueVictimUpdates = v; return this; }
        Builder outcomeType(Integer v) { outcomeType = v; return this; }
        Builder eventsApplied(int v) { eventsApplied = v; return this; }
        Builder lastEventAt(Instant v) { lastEventAt = v; return this; }

        CaseState build() {
            return new CaseState(caseId, status, channel, reportedAt, hostilityPerceived, perceivedBy,
                                 perceivedStrands, onlineElement, flaggedStrands, onlineFlag, flagCorrections,
                                 recordingDecision, offenceGroup, recordingDecisionReason, recordingDecisionAt,
                                 recordingDecisionOverdue, riskLevel, riskScore, nextRiskReviewDue,
                                 riskReviewOverdue, victimRegistered, enhancedRights, victimUpdates,
                                 firstVictimUpdateAt, lastVictimUpdateAt, overdueVictimUpdates, outcomeType,
                                 eventsApplied, lastEventAt);
        }
    }
}
