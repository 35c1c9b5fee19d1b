package uk.police.hcir.cases.lifecycle.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uk.police.hcir.cases.events.CaseAllocated;
import uk.police.hcir.cases.events.CaseClosed;
import uk.police.hcir.cases.events.CaseMerged;
import uk.police.hcir.cases.events.CaseOpened;
import uk.police.hcir.cases.events.CaseReopened;
import uk.police.hcir.cases.events.HateFlagsApplied;
import uk.police.hcir.cases.events.HateFlagsCorrected;
import uk.police.hcir.cases.events.InvestigativeMilestoneReached;
import uk.police.hcir.cases.events.MotivationRecorded;
import uk.police.hcir.cases.events.OutcomeRecorded;
import uk.police.hcir.cases.events.RecordingDecisionMade;
import uk.police.hcir.cases.events.RecordingDecisionOverdue;
import uk.police.hcir.cases.events.RepeatVictimIdentified;
import uk.police.hcir.cases.events.ReportJoinedCase;
import uk.police.hcir.cases.events.RiskAssessed;
import uk.police.hcir.cases.events.RiskReviewOverdue;
import uk.police.hcir.cases.events.SupervisorReviewed;
import uk.police.hcir.cases.motivation.ApplyHateFlagsCommand;
import uk.police.hcir.cases.motivation.CorrectHateFlagsCommand;
import uk.police.hcir.cases.motivation.RecordMotivationCommand;
import uk.police.hcir.cases.outcome.HomeOfficeOutcome;
import uk.police.hcir.cases.outcome.RecordOutcomeCommand;
import uk.police.hcir.cases.recording.MakeRecordingDecisionCommand;
import uk.police.hcir.cases.recording.NchiPolicy;
import uk.police.hcir.cases.recording.RecordingDecision;
import uk.police.hcir.cases.risk.AssessRiskCommand;
import uk.police.hcir.cases.risk.RecordSupervisorReviewCommand;
import uk.police.hcir.cases.risk.ReviewSchedule;
import uk.police.hcir.cases.risk.RiskLevel;
import uk.police.hcir.cases.risk.RiskQuestionnaire;
import uk.police.hcir.platform.requestcontext.AuditMetadata;

/**
 * One case, from the report that opened it to its outcome. Its id is the id of that report. Every rule of the
 * first response lives here: a perception recorded before any hate flag, a recording decision within a day of
 * the report, a structured risk assessment with reviews that fall due, a supervisor's review of high risk, and
 * nothing closed that is not finished. Nothing is edited in place: a correction is a new event with its reason.
 */
@Aggregate
public class Case {

    static final String RECORDING_DECISION_DEADLINE = "recording-decision";
    static final String REASSESSMENT_DEADLINE = "risk-reassessment";
    static final String SUPERVISOR_REVIEW_DEADLINE = "supervisor-review";
    static final Set<String> MILESTONES = Set.of("ARREST", "INTERVIEW", "RELEASE", "CHARGE", "OUT_OF_COURT_DISPOSAL",
                                                 "NO_FURTHER_ACTION");

    enum Status { OPEN, CLOSED, MERGED }

    @AggregateIdentifier
    private String caseId;
    private Status status;
    private Instant decisionDue;
    private RecordingDecision decision;
    private final Set<String> perceivedStrands = new HashSet<>();
    private boolean onlineElementPerceived;
    private List<String> flags;
    private boolean onlineFlag;
    private RiskLevel riskLevel;
    private Instant reassessmentDue;
    private Instant supervisorReviewDue;
    private boolean outcomeRecorded;
    private String officerId;
    private String teamId;
    private String mergedInto;
    private final Set<String> joinedReports = new HashSet<>();

    /** For Axon, which rebuilds a case from its events. */
    protected Case() {
    }

    /** Opening a case that is already open changes nothing, so a report read twice opens one case. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenCaseCommand command, ReviewSchedule schedule, DeadlineManager deadlines) {
        if (caseId != null) {
            return;
        }
        Instant due = command.reportedAt().plus(schedule.recordingDecision());
        apply(new CaseOpened(command.caseId(), command.reportReference(), command.openedAt(), command.channel(),
                             command.reportedAt(), due, command.victimSubjectId()));
        OpenCaseCommand.ReportedPerception perception = command.perception();
        if (perception != null && (perception.hostilityPerceived() || !perception.strands().isEmpty())) {
            apply(new MotivationRecorded(command.caseId(), "REPORT", perception.hostilityPerceived(),
                                         perception.perceivedBy(), perception.strands(), perception.ownWordsSealed(),
                                         perception.onlineElement()));
        }
        if (command.repeatVictim() != null) {
            apply(new RepeatVictimIdentified(command.caseId(), command.victimSubjectId(),
                                             command.repeatVictim().matchedBy(), command.repeatVictim().earlierCases(),
                                             command.repeatVictim().windowMonths()));
        }
        deadlines.schedule(due, RECORDING_DECISION_DEADLINE, due);
    }

    @CommandHandler
    void handle(RecordMotivationCommand command) {
        requireOpen();
        if (command.hostilityPerceived() && (empty(command.perceivedBy()) || empty(command.strands()))) {
            throw new CaseRefused("perception-incomplete",
                                  "A perception of hostility says who perceives it and which characteristics it targets");
        }
        apply(new MotivationRecorded(caseId, "OFFICER", command.hostilityPerceived(), list(command.perceivedBy()),
                                     list(command.strands()), command.ownWordsSealed(), command.onlineElement()));
    }

    @CommandHandler
    void handle(ApplyHateFlagsCommand command) {
        requireOpen();
        if (flags != null) {
            throw new CaseRefused("flags-already-applied",
                                  "The case is already flagged; correct the flags, giving the reason");
        }
        requireFlagsPerceived(command.strands(), command.online());
        if (command.strands().isEmpty()) {
            throw new CaseRefused("no-strand-flagged", "Flag at least one strand");
        }
        apply(new HateFlagsApplied(caseId, sorted(command.strands()), command.online()));
    }

    @CommandHandler
    void handle(CorrectHateFlagsCommand command) {
        requireOpenOrClosed();
        requireReason(command.reason(), "Say why the flags were wrong");
        if (flags == null) {
            throw new CaseRefused("no-flags-to-correct", "The case has no flags yet; apply them first");
        }
        requireFlagsPerceived(command.strands(), command.online());
        List<String> corrected = sorted(command.strands());
        if (corrected.equals(flags) && command.online() == onlineFlag) {
            throw new CaseRefused("no-change", "The corrected flags are the flags the case already has");
        }
        apply(new HateFlagsCorrected(caseId, flags, onlineFlag, corrected, command.online(), command.reason()));
    }

    @CommandHandler
    void handle(MakeRecordingDecisionCommand command, NchiPolicy policy, DeadlineManager deadlines) {
        requireOpen();
        if (decision != null) {
            throw new CaseRefused("decision-already-made", "The recording decision was already made: " + decision);
        }
        requireReason(command.reason(), "Give the reason for the recording decision");
        boolean late = command.decidedAt().isAfter(decisionDue);
        RecordingDecisionMade made = switch (command.decision()) {
            case CRIME -> {
                if (blank(command.offenceCode()) || command.offenceGroup() == null || blank(command.crimeNumber())) {
                    throw new CaseRefused("crime-details-needed",
                                          "A crime needs its offence classification, offence group and crime number");
                }
                yield new RecordingDecisionMade(caseId, "CRIME", command.offenceCode(), command.offenceGroup().name(),
                                                command.crimeNumber(), command.reason(), null, false, false, List.of(),
                                                late);
            }
            case NON_CRIME_HATE_INCIDENT -> {
                if (command.nchiAssessment() == null) {
                    throw new CaseRefused("nchi-assessment-needed",
                                          "Say what was found about the incident, for the non-crime hate incident policy");
                }
                if (perceivedStrands.isEmpty()) {
                    throw new CaseRefused("perception-needed",
                                          "A non-crime hate incident needs a perception of hostility recorded first");
                }
                NchiPolicy.Outcome outcome = policy.apply(command.nchiAssessment());
                yield new RecordingDecisionMade(caseId, outcome.decision().name(), null, null, null, command.reason(),
                                                policy.id(), outcome.personalDataOfSubjectRecorded(),
                                                outcome.subjectToBeNotified(), outcome.findings(), late);
            }
            case INTELLIGENCE_ONLY, NO_RECORD -> new RecordingDecisionMade(
                    caseId, command.decision().name(), null, null, null, command.reason(), null, false, false,
                    List.of(), late);
        };
        apply(made);
        deadlines.cancelAllWithinScope(RECORDING_DECISION_DEADLINE);
    }

    @DeadlineHandler(deadlineName = RECORDING_DECISION_DEADLINE)
    void recordingDecisionDue(Instant due) {
        if (status == Status.OPEN && decision == null) {
            apply(new RecordingDecisionOverdue(caseId, due));
        }
    }

    @CommandHandler
    void handle(AssessRiskCommand command, ReviewSchedule schedule, DeadlineManager deadlines,
                @MetaDataValue(AuditMetadata.ACTOR_ROLE) String actorRole) {
        requireOpen();
        List<String> problems = RiskQuestionnaire.problemsWith(command.answers());
        if (!problems.isEmpty()) {
            throw new CaseRefused("risk-assessment-incomplete", String.join("; ", problems));
        }
        RiskQuestionnaire.Score score = RiskQuestionnaire.score(command.answers());
        RiskLevel level = command.level() == null ? score.level() : command.level();
        if (level != score.level()) {
            requireReason(command.levelReason(), "Give the reason for a level other than the scored "
                    + score.level());
            if (level.isBelow(score.level()) && !"SUPERVISOR".equals(actorRole)) {
                throw new CaseRefused("lowering-needs-supervisor",
                                      "Only a supervisor may set the level below the scored " + score.level());
            }
        }
        Instant nextReview = command.assessedAt().plus(schedule.reassessment(level));
        boolean newSupervisorReview = level == RiskLevel.HIGH && supervisorReviewDue == null;
        Instant supervisorDue = newSupervisorReview
                ? command.assessedAt().plus(schedule.supervisorReviewForHigh())
                : level == RiskLevel.HIGH ? supervisorReviewDue : null;
        Map<String, String> answers = new TreeMap<>();
        command.answers().forEach((question, answer) -> answers.put(question, answer.name()));
        apply(new RiskAssessed(caseId, RiskQuestionnaire.VERSION, answers, score.points(), score.level().name(),
                               level.name(), level == score.level() ? null : command.levelReason(), riskLevel != null,
                               nextReview, supervisorDue));
        deadlines.cancelAllWithinScope(REASSESSMENT_DEADLINE);
        deadlines.schedule(nextReview, REASSESSMENT_DEADLINE, nextReview);
        if (newSupervisorReview) {
            deadlines.schedule(supervisorDue, SUPERVISOR_REVIEW_DEADLINE, supervisorDue);
        }
    }

    @DeadlineHandler(deadlineName = REASSESSMENT_DEADLINE)
    void reassessmentDue(Instant due) {
        if (status == Status.OPEN && due.equals(reassessmentDue)) {
            apply(new RiskReviewOverdue(caseId, "RISK_REASSESSMENT", due));
        }
    }

    @DeadlineHandler(deadlineName = SUPERVISOR_REVIEW_DEADLINE)
    void supervisorReviewDue(Instant due) {
        if (status == Status.OPEN && due.equals(supervisorReviewDue)) {
            apply(new RiskReviewOverdue(caseId, "SUPERVISOR_REVIEW", due));
        }
    }

    @CommandHandler
    void handle(RecordSupervisorReviewCommand command, DeadlineManager deadlines,
                @MetaDataValue(AuditMetadata.ACTOR_ROLE) String actorRole) {
        requireOpen();
        if (!"SUPERVISOR".equals(actorRole)) {
            throw new CaseRefused("supervisor-only", "Only a supervisor can review a case");
        }
        if (!Set.of("APPROVED", "RETURNED").contains(command.outcome())) {
            throw new CaseRefused("unknown-review-outcome", "A review is APPROVED or RETURNED");
        }
        if ("RETURNED".equals(command.outcome())) {
            requireReason(command.comments(), "Say what must change when returning a case");
        }
        String referral = command.multiAgencyReferral() == null ? "NOT_DECIDED" : command.multiAgencyReferral();
        if (!Set.of("REFERRED", "NOT_NEEDED", "NOT_DECIDED").contains(referral)) {
            throw new CaseRefused("unknown-referral-decision", "A referral is REFERRED, NOT_NEEDED or NOT_DECIDED");
        }
        if (riskLevel == RiskLevel.HIGH && "NOT_DECIDED".equals(referral)) {
            throw new CaseRefused("referral-decision-needed",
                                  "A high-risk case needs a decision on a multi-agency referral");
        }
        if ("REFERRED".equals(referral) && blank(command.referralAgency())) {
            throw new CaseRefused("referral-agency-needed", "Name the agency or panel the case is referred to");
        }
        apply(new SupervisorReviewed(caseId, command.outcome(), command.comments(), referral,
                                     command.referralAgency()));
        deadlines.cancelAllWithinScope(SUPERVISOR_REVIEW_DEADLINE);
    }

    @CommandHandler
    void handle(AllocateCaseCommand command) {
        requireOpen();
        if (blank(command.teamId())) {
            throw new CaseRefused("team-needed", "A case is allocated to a team, and optionally to an officer in it");
        }
        if (Objects.equals(command.officerId(), officerId) && command.teamId().equals(teamId)) {
            throw new CaseRefused("no-change", "The case is already allocated there");
        }
        apply(new CaseAllocated(caseId, command.officerId(), command.teamId(), officerId, teamId));
    }

    @CommandHandler
    void handle(RecordMilestoneCommand command) {
        requireOpen();
        if (!MILESTONES.contains(command.milestone())) {
            throw new CaseRefused("unknown-milestone", "A milestone is one of " + new TreeSet<>(MILESTONES));
        }
        apply(new InvestigativeMilestoneReached(caseId, command.milestone(), command.reachedAt()));
    }

    @CommandHandler
    void handle(RecordOutcomeCommand command) {
        requireOpen();
        if (decision != RecordingDecision.CRIME) {
            throw new CaseRefused("outcome-only-for-crimes", "Only a recorded crime has a Home Office outcome");
        }
        if (command.outcome() == HomeOfficeOutcome.COMMUNITY_RESOLUTION && blank(command.victimViewsSealed())) {
            throw new CaseRefused("victim-views-needed", "A community resolution needs the victim's views recorded");
        }
        apply(new OutcomeRecorded(caseId, command.outcome().type(), command.victimViewsSealed()));
    }

    @CommandHandler
    void handle(CloseCaseCommand command, DeadlineManager deadlines) {
        requireOpen();
        if (decision == null) {
            throw new CaseRefused("decision-needed", "A case cannot close without its recording decision");
        }
        if (decision == RecordingDecision.CRIME && riskLevel == null) {
            throw new CaseRefused("risk-assessment-needed", "A crime cannot close without a risk assessment");
        }
        if (decision == RecordingDecision.CRIME && !outcomeRecorded) {
            throw new CaseRefused("outcome-needed", "A crime cannot close without its outcome");
        }
        if (!command.closingUpdateGiven()) {
            requireReason(command.noClosingUpdateReason(),
                          "Give the victim a closing update, or record why it was not given");
        }
        apply(new CaseClosed(caseId, command.closingUpdateGiven(),
                             command.closingUpdateGiven() ? null : command.noClosingUpdateReason()));
        deadlines.cancelAllWithinScope(REASSESSMENT_DEADLINE);
        deadlines.cancelAllWithinScope(SUPERVISOR_REVIEW_DEADLINE);
        deadlines.cancelAllWithinScope(RECORDING_DECISION_DEADLINE);
    }

    @CommandHandler
    void handle(ReopenCaseCommand command) {
        if (status != Status.CLOSED) {
            throw new CaseRefused("not-closed", "Only a closed case can be reopened");
        }
        requireReason(command.reason(), "Say why the case is reopened");
        apply(new CaseReopened(caseId, command.reason()));
    }

    @CommandHandler
    void handle(JoinReportCommand command) {
        if (status == Status.MERGED) {
            throw new CaseRefused("case-merged", "Case " + caseId + " was merged into " + mergedInto);
        }
        if (!joinedReports.contains(command.reportId())) {
            apply(new ReportJoinedCase(caseId, command.reportId(), command.reportReference()));
        }
    }

    @CommandHandler
    void handle(MergeCaseCommand command, DeadlineManager deadlines) {
        if (status == Status.MERGED) {
            return;
        }
        apply(new CaseMerged(caseId, command.into()));
        deadlines.cancelAllWithinScope(REASSESSMENT_DEADLINE);
        deadlines.cancelAllWithinScope(SUPERVISOR_REVIEW_DEADLINE);
        deadlines.cancelAllWithinScope(RECORDING_DECISION_DEADLINE);
    }

    private void requireFlagsPerceived(List<String> strands, boolean online) {
        if (perceivedStrands.isEmpty()) {
            throw new CaseRefused("flags-need-perception",
                                  "Hate flags can only be applied where a perception of hostility has been recorded");
        }
        for (String strand : strands) {
            if (!perceivedStrands.contains(strand)) {
                throw new CaseRefused("strand-not-perceived", "No one has perceived hostility towards " + strand
                        + "; record the perception before flagging it");
            }
        }
        if (online && !onlineElementPerceived) {
            throw new CaseRefused("online-not-perceived", "No online element has been recorded in the perception");
        }
    }

    private void requireOpen() {
        if (status == Status.MERGED) {
            throw new CaseRefused("case-merged", "Case " + caseId + " was merged into " + mergedInto);
        }
        if (status == Status.CLOSED) {
            throw new CaseRefused("case-closed", "Case " + caseId + " is closed; reopen it first");
        }
    }

    private void requireOpenOrClosed() {
        if (status == Status.MERGED) {
            throw new CaseRefused("case-merged", "Case " + caseId + " was merged into " + mergedInto);
        }
    }

    private static void requireReason(String reason, String message) {
        if (blank(reason)) {
            throw new CaseRefused("reason-needed", message);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean empty(List<String> values) {
        return values == null || values.isEmpty();
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().distinct().sorted().toList();
    }

    @EventSourcingHandler
    void on(CaseOpened event) {
        caseId = event.caseId();
        status = Status.OPEN;
        decisionDue = event.recordingDecisionDue() == null
                ? event.openedAt().plus(Duration.ofHours(24))
                : event.recordingDecisionDue();
    }

    @EventSourcingHandler
    void on(MotivationRecorded event) {
        if (event.hostilityPerceived()) {
            perceivedStrands.addAll(event.strands());
        }
        onlineElementPerceived |= event.onlineElement();
    }

    @EventSourcingHandler
    void on(HateFlagsApplied event) {
        flags = event.strands();
        onlineFlag = event.online();
    }

    @EventSourcingHandler
    void on(HateFlagsCorrected event) {
        flags = event.strands();
        onlineFlag = event.online();
    }

    @EventSourcingHandler
    void on(RecordingDecisionMade event) {
        decision = RecordingDecision.valueOf(event.decision());
    }

    @EventSourcingHandler
    void on(RiskAssessed event) {
        riskLevel = RiskLevel.valueOf(event.level());
        reassessmentDue = event.nextReviewDue();
        supervisorReviewDue = event.supervisorReviewDue();
    }

    @EventSourcingHandler
    void on(SupervisorReviewed event) {
        supervisorReviewDue = null;
    }

    @EventSourcingHandler
    void on(CaseAllocated event) {
        officerId = event.officerId();
        teamId = event.teamId();
    }

    @EventSourcingHandler
    void on(OutcomeRecorded event) {
        outcomeRecorded = true;
    }

    @EventSourcingHandler
    void on(CaseClosed event) {
        status = Status.CLOSED;
    }

    @EventSourcingHandler
    void on(CaseReopened event) {
        status = Status.OPEN;
    }

    @EventSourcingHandler
    void on(ReportJoinedCase event) {
        joinedReports.add(event.reportId());
    }

    @EventSourcingHandler
    void on(CaseMerged event) {
        status = Status.MERGED;
        mergedInto = event.into();
    }
}
