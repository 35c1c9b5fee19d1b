package uk.police.hcir.cases.events;

import java.util.List;

/** What case-service publishes: the topic, the CloudEvents source, and every event type on it. */
public final class CaseEventContract {

    public static final String TOPIC = "hcir.case.v1";
    public static final String SOURCE = "/hcir/case-service";
    public static final List<Class<? extends Record>> EVENT_TYPES = List.of(
            CaseOpened.class, MotivationRecorded.class, HateFlagsApplied.class, HateFlagsCorrected.class,
            RecordingDecisionMade.class, RecordingDecisionOverdue.class, RiskAssessed.class, RiskReviewOverdue.class,
            SupervisorReviewed.class, CaseAllocated.class, RepeatVictimIdentified.class,
            InvestigativeMilestoneReached.class, OutcomeRecorded.class, CaseClosed.class, CaseReopened.class,
            ReportJoinedCase.class, CaseMerged.class);

    private CaseEventContract() {
    }
}
