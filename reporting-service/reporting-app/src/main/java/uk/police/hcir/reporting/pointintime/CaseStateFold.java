package uk.police.hcir.reporting.pointintime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies one published event to a case's state. The live projection and the point-in-time views both fold with
 * this, so the state at any instant is the state that was live then. Unknown event types leave the state as it was,
 * apart from counting them.
 *
 * <p>Each service's events about a case arrive in the order they occurred, but one service's events may arrive
 * before or after another's (see docs/adr/0013). So every field is changed by the events of one service only, or,
 * like the channel and the time of the last event, in a way that gives the same result in any interleaving: the
 * live state, folded in arrival order, equals the state folded in event-time order.
 */
public final class CaseStateFold {

    private CaseStateFold() {
    }

    public static CaseState apply(CaseState s, String eventType, Instant occurredAt, JsonNode data) {
        String type = eventType.substring(eventType.lastIndexOf('.') + 1);
        CaseState n = switch (type) {
            case "case-opened" -> with(s).status("OPEN").channel(text(data, "channel"))
                                         .reportedAt(instant(data, "reportedAt"))
                                         .victimSubjectId(s.victimSubjectId() == null
                                                                  ? text(data, "victimSubjectId")
                                                                  : s.victimSubjectId()).build();
            case "report-received" -> {
                Builder b = with(s).perceptionAsked(text(data.path("perception"), "asked"));
                yield s.channel() == null ? b.channel(text(data, "channel"))
                                             .reportedAt(instant(data, "receivedAt")).build() : b.build();
            }
            case "case-allocated" -> with(s).teamId(text(data, "teamId")).build();
            case "repeat-victim-identified" -> with(s).repeatVictim(true).build();
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
            case "victim-registered" -> with(s).victimRegistered(true)
                                               .victimSubjectId(text(data, "victimSubjectId") == null
                                                                        ? s.victimSubjectId()
                                                                        : text(data, "victimSubjectId")).build();
            case "enhanced-rights-determined" -> with(s).enhancedRights(data.path("enhanced").asBoolean()).build();
            case "victim-updated" -> {
                Instant at = data.hasNonNull("contactedAt") ? instant(data, "contactedAt") : occurredAt;
                List<String> met = list(data, "dutiesMet");
                int late = list(data, "late").size();
                List<String> stillOverdue = without(s.overdueDuties(), met);
                yield with(s).victimUpdates(s.victimUpdates() + 1)
                             .firstVictimUpdateAt(s.firstVictimUpdateAt() == null ? at : s.firstVictimUpdateAt())
                             .lastVictimUpdateAt(at)
                             .updatesOnTime(s.updatesOnTime() + Math.max(0, met.size() - late))
                             .updatesLate(s.updatesLate() + late)
                             .overdueDuties(stillOverdue).overdueVictimUpdates(stillOverdue.size())
                             .overdueReferralDuties(without(s.overdueReferralDuties(), met)).build();
            }
            case "update-became-overdue" -> {
                String dutyId = text(data, "dutyId");
                if ("REFERRAL".equals(text(data, "reason"))) {
                    yield with(s).overdueReferralDuties(plus(s.overdueReferralDuties(), dutyId)).build();
                }
                List<String> overdue = plus(s.overdueDuties(), dutyId);
                yield with(s).overdueDuties(overdue).overdueVictimUpdates(overdue.size()).build();
            }
            case "victim-referred" -> data.path("late").asBoolean()
                    ? with(s).referralsLate(s.referralsLate() + 1).overdueReferralDuties(List.of()).build()
                    : with(s).referralsOnTime(s.referralsOnTime() + 1).overdueReferralDuties(List.of()).build();
            case "outcome-recorded" -> with(s).outcomeType(data.path("outcomeType").asInt()).build();
            case "case-closed" -> with(s).status("CLOSED").build();
            case "case-reopened" -> with(s).status("OPEN").build();
            default -> s;
        };
        Instant last = s.lastEventAt() == null || occurredAt.isAfter(s.lastEventAt()) ? occurredAt : s.lastEventAt();
        return with(n).eventsApplied(s.eventsApplied() + 1).lastEventAt(last).build();
    }

    private static List<String> plus(List<String> ids, String id) {
        List<String> current = ids == null ? List.of() : ids;
        if (id == null || current.contains(id)) {
            return current;
        }
        List<String> more = new ArrayList<>(current);
        more.add(id);
        more.sort(null);
        return List.copyOf(more);
    }

    private static List<String> without(List<String> ids, List<String> met) {
        if (ids == null) {
            return List.of();
        }
        return ids.stream().filter(id -> !met.contains(id)).toList();
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
        private String caseId, status, channel, recordingDecision, offenceGroup, recordingDecisionReason, riskLevel,
                perceptionAsked, teamId, victimSubjectId;
        private boolean repeatVictim;
        private int updatesOnTime, updatesLate, referralsOnTime, referralsLate;
        private List<String> overdueDuties, overdueReferralDuties;
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
            perceptionAsked = s.perceptionAsked(); teamId = s.teamId(); victimSubjectId = s.victimSubjectId();
            repeatVictim = s.repeatVictim(); updatesOnTime = s.updatesOnTime(); updatesLate = s.updatesLate();
            referralsOnTime = s.referralsOnTime(); referralsLate = s.referralsLate();
            overdueDuties = s.overdueDuties() == null ? List.of() : s.overdueDuties();
            overdueReferralDuties = s.overdueReferralDuties() == null ? List.of() : s.overdueReferralDuties();
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
        Builder perceptionAsked(String v) { perceptionAsked = v; return this; }
        Builder teamId(String v) { teamId = v; return this; }
        Builder victimSubjectId(String v) { victimSubjectId = v; return this; }
        Builder repeatVictim(boolean v) { repeatVictim = v; return this; }
        Builder updatesOnTime(int v) { updatesOnTime = v; return this; }
        Builder updatesLate(int v) { updatesLate = v; return this; }
        Builder referralsOnTime(int v) { referralsOnTime = v; return this; }
        Builder referralsLate(int v) { referralsLate = v; return this; }
        Builder overdueDuties(List<String> v) { overdueDuties = v; return this; }
        Builder overdueReferralDuties(List<String> v) { overdueReferralDuties = v; return this; }

        CaseState build() {
            return new CaseState(caseId, status, channel, reportedAt, hostilityPerceived, perceivedBy,
                                 perceivedStrands, onlineElement, flaggedStrands, onlineFlag, flagCorrections,
                                 recordingDecision, offenceGroup, recordingDecisionReason, recordingDecisionAt,
                                 recordingDecisionOverdue, riskLevel, riskScore, nextRiskReviewDue,
                                 riskReviewOverdue, victimRegistered, enhancedRights, victimUpdates,
                                 firstVictimUpdateAt, lastVictimUpdateAt, overdueVictimUpdates, outcomeType,
                                 eventsApplied, lastEventAt, perceptionAsked, teamId, victimSubjectId, repeatVictim,
                                 updatesOnTime, updatesLate, referralsOnTime, referralsLate, overdueDuties,
                                 overdueReferralDuties);
        }
    }
}
