package uk.police.hcir.cases.lifecycle.command;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
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
import uk.police.hcir.cases.recording.CodeOfPractice2023Policy;
import uk.police.hcir.cases.recording.IntelligenceOnlyPolicy;
import uk.police.hcir.cases.recording.MakeRecordingDecisionCommand;
import uk.police.hcir.cases.recording.NchiAssessment;
import uk.police.hcir.cases.recording.OffenceGroup;
import uk.police.hcir.cases.risk.AssessRiskCommand;
import uk.police.hcir.cases.risk.RecordSupervisorReviewCommand;
import uk.police.hcir.cases.risk.ReviewSchedule;
import uk.police.hcir.cases.risk.RiskLevel;
import uk.police.hcir.cases.risk.RiskQuestionnaire;
import uk.police.hcir.cases.risk.RiskQuestionnaire.Answer;

class CaseTest {

    static final String CASE = "case-1";
    static final Instant REPORTED = Instant.parse("2026-11-02T10:00:00Z");
    static final Instant DUE = REPORTED.plus(Duration.ofHours(24));
    static final CaseOpened OPENED = new CaseOpened(CASE, "HC-2026-000001", REPORTED.plusSeconds(2), "ONLINE",
                                                    REPORTED, DUE, "victim-1");
    static final MotivationRecorded PERCEIVED = new MotivationRecorded(CASE, "REPORT", true, List.of("VICTIM"),
                                                                       List.of("RACE", "RELIGION"), null, true);
    static final MetaData OFFICER = MetaData.with("actorRole", "OFFICER").and("actorId", "pc-1");
    static final MetaData SUPERVISOR = MetaData.with("actorRole", "SUPERVISOR").and("actorId", "sgt-1");

    AggregateTestFixture<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Case.class);
        fixture.registerInjectableResource(ReviewSchedule.defaults());
        fixture.registerInjectableResource(new CodeOfPractice2023Policy());
    }

    static OpenCaseCommand open(OpenCaseCommand.ReportedPerception perception, OpenCaseCommand.RepeatVictim repeat) {
        return new OpenCaseCommand(CASE, "HC-2026-000001", "ONLINE", REPORTED, REPORTED.plusSeconds(2), "victim-1",
                                   perception, repeat);
    }

    static Map<String, Answer> answers(String... yes) {
        Map<String, Answer> answers = new HashMap<>();
        RiskQuestionnaire.QUESTIONS.forEach(q -> answers.put(q.id(), Answer.NO));
        for (String id : yes) {
            answers.put(id, Answer.YES);
        }
        return answers;
    }

    static RecordingDecisionMade crime() {
        return new RecordingDecisionMade(CASE, "CRIME", "8P", "PUBLIC_ORDER", "NC/26/0001", "Section 4A", null, false,
                                         false, List.of(), false);
    }

    static MakeRecordingDecisionCommand noRecord() {
        return new MakeRecordingDecisionCommand(CASE, uk.police.hcir.cases.recording.RecordingDecision.NO_RECORD, null,
                                                null, null, "Not a hate incident", null, REPORTED.plusSeconds(60),
                                                null);
    }

    static RiskAssessed assessed(String level) {
        return new RiskAssessed(CASE, "HCRA-1", Map.of(), 3, level, level, null, false,
                                REPORTED.plus(Duration.ofDays(28)), null);
    }

    @Nested
    class Opening {

        @Test
        void aReportWithAPerceptionOpensACaseWithItsMotivationAndTheRecordingDecisionDueADayAfterTheReport() {
            fixture.givenNoPriorActivity()
                   .when(open(new OpenCaseCommand.ReportedPerception(true, List.of("VICTIM"),
                                                                     List.of("RACE", "RELIGION"), null, true), null))
                   .expectEvents(OPENED, PERCEIVED)
                   .expectScheduledDeadlineWithName(DUE, Case.RECORDING_DECISION_DEADLINE);
        }

        @Test
        void aReportWhoseQuestionWasNotAnsweredOpensACaseWithNoMotivation() {
            fixture.givenNoPriorActivity()
                   .when(open(new OpenCaseCommand.ReportedPerception(false, List.of(), List.of(), null, false), null))
                   .expectEvents(OPENED);
        }

        @Test
        void theSameReportReadAgainOpensNothingMore() {
            fixture.given(OPENED, PERCEIVED)
                   .when(open(null, null))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void aVictimReportedBeforeWithinTheWindowIsIdentifiedAsARepeatVictim() {
            fixture.givenNoPriorActivity()
                   .when(open(null, new OpenCaseCommand.RepeatVictim(List.of("SAME_VICTIM"), List.of("case-0"), 12)))
                   .expectEvents(OPENED, new RepeatVictimIdentified(CASE, "victim-1", List.of("SAME_VICTIM"),
                                                                    List.of("case-0"), 12));
        }
    }

    @Nested
    class MotivationAndFlags {

        @Test
        void flagsCannotBeAppliedWithoutARecordedPerception() {
            fixture.given(OPENED)
                   .when(new ApplyHateFlagsCommand(CASE, List.of("RACE"), false, null))
                   .expectException(CaseRefused.class)
                   .expectExceptionMessage(
                           "Hate flags can only be applied where a perception of hostility has been recorded");
        }

        @Test
        void onlyPerceivedStrandsCanBeFlagged() {
            fixture.given(OPENED, PERCEIVED)
                   .when(new ApplyHateFlagsCommand(CASE, List.of("RACE", "DISABILITY"), false, null))
                   .expectException(CaseRefused.class);
        }

        @Test
        void severalPerceivedStrandsAndTheOnlineFlagCanBeApplied() {
            fixture.given(OPENED, PERCEIVED)
                   .when(new ApplyHateFlagsCommand(CASE, List.of("RELIGION", "RACE"), true, null))
                   .expectEvents(new HateFlagsApplied(CASE, List.of("RACE", "RELIGION"), true));
        }

        @Test
        void theOnlineFlagNeedsAnOnlineElementInThePerception() {
            fixture.given(OPENED, new MotivationRecorded(CASE, "REPORT", true, List.of("VICTIM"), List.of("RACE"),
                                                         null, false))
                   .when(new ApplyHateFlagsCommand(CASE, List.of("RACE"), true, null))
                   .expectException(CaseRefused.class);
        }

        @Test
        void flagsAreAppliedOnceAndThenOnlyCorrected() {
            fixture.given(OPENED, PERCEIVED, new HateFlagsApplied(CASE, List.of("RACE"), false))
                   .when(new ApplyHateFlagsCommand(CASE, List.of("RELIGION"), false, null))
                   .expectException(CaseRefused.class);
        }

        @Test
        void aCorrectionIsANewEventWithItsReasonThatKeepsTheOriginalFlags() {
            fixture.given(OPENED, PERCEIVED, new HateFlagsApplied(CASE, List.of("RACE"), false))
                   .when(new CorrectHateFlagsCommand(CASE, List.of("RELIGION"), false,
                                                     "The victim was targeted for her faith, not her ethnicity", 2L))
                   .expectEvents(new HateFlagsCorrected(CASE, List.of("RACE"), false, List.of("RELIGION"), false,
                                                        "The victim was targeted for her faith, not her ethnicity"));
        }

        @Test
        void aCorrectionWithoutAReasonIsRefused() {
            fixture.given(OPENED, PERCEIVED, new HateFlagsApplied(CASE, List.of("RACE"), false))
                   .when(new CorrectHateFlagsCommand(CASE, List.of("RELIGION"), false, "", null))
                   .expectException(CaseRefused.class);
        }

        @Test
        void aPerceptionLearnedLaterIsRecordedAsTheOfficersAndMakesItsStrandFlaggable() {
            fixture.given(OPENED, PERCEIVED)
                   .when(new RecordMotivationCommand(CASE, true, List.of("WITNESS"), List.of("DISABILITY"), null,
                                                     false, null))
                   .expectEvents(new MotivationRecorded(CASE, "OFFICER", true, List.of("WITNESS"),
                                                        List.of("DISABILITY"), null, false));
            fixture.given(OPENED, PERCEIVED, new MotivationRecorded(CASE, "OFFICER", true, List.of("WITNESS"),
                                                                    List.of("DISABILITY"), null, false))
                   .when(new ApplyHateFlagsCommand(CASE, List.of("DISABILITY"), false, null))
                   .expectEvents(new HateFlagsApplied(CASE, List.of("DISABILITY"), false));
        }

        @Test
        void aPerceptionOfHostilitySaysWhoPerceivesItAndWhichStrands() {
            fixture.given(OPENED)
                   .when(new RecordMotivationCommand(CASE, true, List.of(), List.of("RACE"), null, false, null))
                   .expectException(CaseRefused.class);
        }
    }

    @Nested
    class RecordingDecision {

        @Test
        void aCrimeNeedsItsClassificationGroupAndCrimeNumber() {
            fixture.given(OPENED)
                   .when(new MakeRecordingDecisionCommand(CASE, uk.police.hcir.cases.recording.RecordingDecision.CRIME,
                                                          "8P", null, null, "Section 4A", null, REPORTED, null))
                   .expectException(CaseRefused.class);
        }

        @Test
        void aCrimeDecisionMadeInTimeIsRecordedAndItsDeadlineCancelled() {
            fixture.given(OPENED)
                   .when(new MakeRecordingDecisionCommand(CASE, uk.police.hcir.cases.recording.RecordingDecision.CRIME,
                                                          "8P", OffenceGroup.PUBLIC_ORDER, "NC/26/0001", "Section 4A",
                                                          null, REPORTED.plus(Duration.ofHours(3)), null))
                   .expectEvents(crime())
                   .expectNoScheduledDeadlines();
        }

        @Test
        void aDecisionMadeAfterItWasDueIsMarkedLate() {
            fixture.given(OPENED)
                   .when(new MakeRecordingDecisionCommand(CASE, uk.police.hcir.cases.recording.RecordingDecision.NO_RECORD,
                                                          null, null, null, "Not hate related", null,
                                                          DUE.plusSeconds(60), null))
                   .expectEvents(new RecordingDecisionMade(CASE, "NO_RECORD", null, null, null, "Not hate related",
                                                           null, false, false, List.of(), true));
        }

        @Test
        void theDecisionIsMadeOnce() {
            fixture.given(OPENED, crime())
                   .when(new MakeRecordingDecisionCommand(CASE, uk.police.hcir.cases.recording.RecordingDecision.NO_RECORD,
                                                          null, null, null, "Changed mind", null, REPORTED, null))
                   .expectException(CaseRefused.class);
        }

        @Test
        void withoutADecisionByTheDueTimeTheCaseBecomesOverdueForTheSupervisor() {
            fixture.givenCurrentTime(REPORTED)
                   .andGivenCommands(open(null, null))
                   .whenThenTimeAdvancesTo(DUE.plusSeconds(1))
                   .expectEvents(new RecordingDecisionOverdue(CASE, DUE));
        }

        @Test
        void aDecisionInTimeMeansNoOverdueEvent() {
            fixture.givenCurrentTime(REPORTED)
                   .andGivenCommands(open(null, null),
                                  new MakeRecordingDecisionCommand(CASE, uk.police.hcir.cases.recording.RecordingDecision.CRIME,
                                                                   "8P", OffenceGroup.PUBLIC_ORDER, "NC/26/0001",
                                                                   "Section 4A", null, REPORTED.plusSeconds(60), null))
                   .whenThenTimeAdvancesTo(DUE.plusSeconds(1))
                   .expectNoEvents();
        }

        @Test
        void underThe2023CodeANonCrimeIncidentWithRealRiskRecordsTheSubjectAndNotifiesThem() {
            fixture.given(OPENED, PERCEIVED)
                   .when(nchi(new NchiAssessment(false, true, false, true, false)))
                   .expectEvents(new RecordingDecisionMade(CASE, "NON_CRIME_HATE_INCIDENT", null, null, null,
                                                           "Abuse shouted from a car", CodeOfPractice2023Policy.ID,
                                                           true, true, List.of("REAL_RISK_OF_HARM_OR_OFFENCE"),
                                                           false));
        }

        @Test
        void underThe2023CodeWithoutRealRiskNoPersonalDataOfTheSubjectIsRecorded() {
            fixture.given(OPENED, PERCEIVED)
                   .when(nchi(new NchiAssessment(false, true, false, false, false)))
                   .expectEventsMatching(exactSequenceOf(messageWithPayload(matches(
                           (RecordingDecisionMade made) -> made.decision().equals("NON_CRIME_HATE_INCIDENT")
                                   && !made.personalDataOfSubjectRecorded() && !made.subjectToBeNotified())),
                                                         andNoMore()));
        }

        @Test
        void underThe2023CodeTheSubjectIsNotToldWhereThatCreatesASafeguardingRisk() {
            fixture.given(OPENED, PERCEIVED)
                   .when(nchi(new NchiAssessment(false, true, false, true, true)))
                   .expectEventsMatching(exactSequenceOf(messageWithPayload(matches(
                           (RecordingDecisionMade made) -> made.personalDataOfSubjectRecorded()
                                   && !made.subjectToBeNotified()
                                   && made.policyFindings().contains("NOTIFYING_SUBJECT_CREATES_SAFEGUARDING_RISK"))),
                                                         andNoMore()));
        }

        @Test
        void underThe2023CodeTrivialMaliciousOrSchoolChildrensIncidentsAreNotRecorded() {
            fixture.given(OPENED, PERCEIVED)
                   .when(nchi(new NchiAssessment(true, true, true, true, false)))
                   .expectEvents(new RecordingDecisionMade(CASE, "NO_RECORD", null, null, null,
                                                           "Abuse shouted from a car", CodeOfPractice2023Policy.ID,
                                                           false, false, List.of("TRIVIAL_IRRATIONAL_OR_MALICIOUS",
                                                                                 "BETWEEN_SCHOOL_AGE_CHILDREN"),
                                                           false));
        }

        @Test
        void underTheIntelligenceOnlyPolicyTheSameReportIsRecordedAsIntelligence() {
            AggregateTestFixture<Case> fixture = new AggregateTestFixture<>(Case.class);
            fixture.registerInjectableResource(ReviewSchedule.defaults());
            fixture.registerInjectableResource(new IntelligenceOnlyPolicy());
            fixture.given(OPENED, PERCEIVED)
                   .when(nchi(new NchiAssessment(false, true, false, true, false)))
                   .expectEvents(new RecordingDecisionMade(CASE, "INTELLIGENCE_ONLY", null, null, null,
                                                           "Abuse shouted from a car", IntelligenceOnlyPolicy.ID,
                                                           false, false, List.of("RECORDED_AS_INTELLIGENCE"), false));
        }

        @Test
        void aNonCrimeHateIncidentNeedsAPerceptionOfHostilityFirst() {
            fixture.given(OPENED)
                   .when(nchi(new NchiAssessment(false, true, false, true, false)))
                   .expectException(CaseRefused.class);
        }

        private MakeRecordingDecisionCommand nchi(NchiAssessment assessment) {
            return new MakeRecordingDecisionCommand(CASE,
                                                    uk.police.hcir.cases.recording.RecordingDecision.NON_CRIME_HATE_INCIDENT,
                                                    null, null, null, "Abuse shouted from a car", assessment,
                                                    REPORTED.plusSeconds(600), null);
        }
    }

    @Nested
    class Risk {

        @Test
        void anIncompleteAssessmentIsRefused() {
            Map<String, Answer> answers = answers();
            answers.remove("O4");
            fixture.given(OPENED)
                   .when(new AssessRiskCommand(CASE, answers, null, null, REPORTED, null), OFFICER)
                   .expectException(CaseRefused.class)
                   .expectExceptionMessage("O4 is not answered");
        }

        @Test
        void theAnswersScoreALevelThatSetsItsReviewDate() {
            fixture.given(OPENED)
                   .when(new AssessRiskCommand(CASE, answers("H1", "H2", "O3"), null, null, REPORTED, null), OFFICER)
                   .expectEventsMatching(exactSequenceOf(messageWithPayload(matches(
                           (RiskAssessed risk) -> risk.score() == 9 && risk.level().equals("MEDIUM")
                                   && risk.nextReviewDue().equals(REPORTED.plus(Duration.ofDays(14)))
                                   && risk.supervisorReviewDue() == null && !risk.review())), andNoMore()))
                   .expectScheduledDeadlineWithName(REPORTED.plus(Duration.ofDays(14)), Case.REASSESSMENT_DEADLINE);
        }

        @Test
        void aWeaponMakesTheRiskHighAndDueForASupervisorsReviewWithinEightHours() {
            fixture.given(OPENED)
                   .when(new AssessRiskCommand(CASE, answers("O4"), null, null, REPORTED, null), OFFICER)
                   .expectEventsMatching(exactSequenceOf(messageWithPayload(matches(
                           (RiskAssessed risk) -> risk.level().equals("HIGH") && risk.score() == 4
                                   && risk.supervisorReviewDue().equals(REPORTED.plus(Duration.ofHours(8)))
                                   && risk.nextReviewDue().equals(REPORTED.plus(Duration.ofDays(7))))), andNoMore()))
                   .expectScheduledDeadlineWithName(REPORTED.plus(Duration.ofHours(8)),
                                                    Case.SUPERVISOR_REVIEW_DEADLINE);
        }

        @Test
        void anOfficerRaisesTheLevelWithAReason() {
            fixture.given(OPENED)
                   .when(new AssessRiskCommand(CASE, answers(), RiskLevel.MEDIUM, "Victim is very frightened",
                                               REPORTED, null), OFFICER)
                   .expectEventsMatching(exactSequenceOf(messageWithPayload(matches(
                           (RiskAssessed risk) -> risk.scoredLevel().equals("STANDARD")
                                   && risk.level().equals("MEDIUM")
                                   && risk.levelReason().equals("Victim is very frightened"))), andNoMore()));
        }

        @Test
        void aLevelOtherThanTheScoredOneNeedsAReason() {
            fixture.given(OPENED)
                   .when(new AssessRiskCommand(CASE, answers(), RiskLevel.MEDIUM, null, REPORTED, null), OFFICER)
                   .expectException(CaseRefused.class);
        }

        @Test
        void onlyASupervisorLowersTheLevelBelowTheScore() {
            AssessRiskCommand lower = new AssessRiskCommand(CASE, answers("O4"), RiskLevel.MEDIUM,
                                                            "Imitation weapon, recovered", REPORTED, null);
            fixture.given(OPENED).when(lower, OFFICER)
                   .expectException(CaseRefused.class)
                   .expectExceptionMessage("Only a supervisor may set the level below the scored HIGH");
            fixture.given(OPENED).when(lower, SUPERVISOR)
                   .expectEventsMatching(exactSequenceOf(messageWithPayload(matches(
                           (RiskAssessed risk) -> risk.level().equals("MEDIUM") && risk.scoredLevel().equals("HIGH"))),
                                                         andNoMore()));
        }

        @Test
        void aReviewNotDoneByItsDateBecomesOverdue() {
            fixture.givenCurrentTime(REPORTED)
                   .andGivenCommands(open(null, null), noRecord(),
                                     new AssessRiskCommand(CASE, answers(), null, null, REPORTED, null))
                   .whenThenTimeAdvancesTo(REPORTED.plus(Duration.ofDays(28)).plusSeconds(1))
                   .expectEvents(new RiskReviewOverdue(CASE, "RISK_REASSESSMENT", REPORTED.plus(Duration.ofDays(28))));
        }

        @Test
        void aReassessmentIsAReviewThatMovesTheNextReviewDate() {
            fixture.given(OPENED, assessed("STANDARD"))
                   .when(new AssessRiskCommand(CASE, answers("H1", "H2", "O3"), null, null,
                                               REPORTED.plus(Duration.ofDays(20)), null), OFFICER)
                   .expectEventsMatching(exactSequenceOf(messageWithPayload(matches(
                           (RiskAssessed risk) -> risk.review() && risk.nextReviewDue().equals(
                                   REPORTED.plus(Duration.ofDays(34))))), andNoMore()));
        }

        @Test
        void aHighRiskCaseNotReviewedByASupervisorInTimeBecomesOverdue() {
            fixture.givenCurrentTime(REPORTED)
                   .andGivenCommands(open(null, null),
                                     new AssessRiskCommand(CASE, answers("O4"), null, null, REPORTED, null))
                   .whenThenTimeAdvancesTo(REPORTED.plus(Duration.ofHours(8)).plusSeconds(1))
                   .expectEvents(new RiskReviewOverdue(CASE, "SUPERVISOR_REVIEW", REPORTED.plus(Duration.ofHours(8))));
        }

        @Test
        void onlyASupervisorReviewsACase() {
            fixture.given(OPENED, assessed("MEDIUM"))
                   .when(new RecordSupervisorReviewCommand(CASE, "APPROVED", null, "NOT_NEEDED", null, null), OFFICER)
                   .expectException(CaseRefused.class);
        }

        @Test
        void aHighRiskReviewDecidesOnAMultiAgencyReferral() {
            fixture.given(OPENED, assessed("HIGH"))
                   .when(new RecordSupervisorReviewCommand(CASE, "APPROVED", null, "NOT_DECIDED", null, null),
                         SUPERVISOR)
                   .expectException(CaseRefused.class)
                   .expectExceptionMessage("A high-risk case needs a decision on a multi-agency referral");
            fixture.given(OPENED, assessed("HIGH"))
                   .when(new RecordSupervisorReviewCommand(CASE, "APPROVED", "Safeguarding plan agreed", "REFERRED",
                                                           "Norwich community safety panel", null), SUPERVISOR)
                   .expectEvents(new SupervisorReviewed(CASE, "APPROVED", "Safeguarding plan agreed", "REFERRED",
                                                        "Norwich community safety panel"));
        }

        @Test
        void aReturnedReviewSaysWhatMustChange() {
            fixture.given(OPENED, assessed("MEDIUM"))
                   .when(new RecordSupervisorReviewCommand(CASE, "RETURNED", " ", "NOT_NEEDED", null, null),
                         SUPERVISOR)
                   .expectException(CaseRefused.class);
        }
    }

    @Nested
    class AllocationAndMilestones {

        @Test
        void aReallocationRecordsWhereTheCaseWasBefore() {
            fixture.given(OPENED, new CaseAllocated(CASE, "pc-1", "norwich-north", null, null))
                   .when(new AllocateCaseCommand(CASE, "pc-2", "norwich-north", null))
                   .expectEvents(new CaseAllocated(CASE, "pc-2", "norwich-north", "pc-1", "norwich-north"));
        }

        @Test
        void aCaseIsAllocatedToATeam() {
            fixture.given(OPENED)
                   .when(new AllocateCaseCommand(CASE, "pc-1", null, null))
                   .expectException(CaseRefused.class);
        }

        @Test
        void aMilestoneThatObligesAVictimUpdateIsRecorded() {
            Instant arrest = REPORTED.plus(Duration.ofDays(2));
            fixture.given(OPENED)
                   .when(new RecordMilestoneCommand(CASE, "ARREST", arrest, null))
                   .expectEvents(new InvestigativeMilestoneReached(CASE, "ARREST", arrest));
        }

        @Test
        void anUnknownMilestoneIsRefused() {
            fixture.given(OPENED)
                   .when(new RecordMilestoneCommand(CASE, "COFFEE_BREAK", REPORTED, null))
                   .expectException(CaseRefused.class);
        }
    }

    @Nested
    class OutcomeAndClosure {

        @Test
        void onlyACrimeHasAnOutcome() {
            fixture.given(OPENED, new RecordingDecisionMade(CASE, "NO_RECORD", null, null, null, "r", null, false,
                                                            false, List.of(), false))
                   .when(new RecordOutcomeCommand(CASE, HomeOfficeOutcome.CHARGED_OR_SUMMONSED, null, null))
                   .expectException(CaseRefused.class);
        }

        @Test
        void aCommunityResolutionNeedsTheVictimsViews() {
            fixture.given(OPENED, crime())
                   .when(new RecordOutcomeCommand(CASE, HomeOfficeOutcome.COMMUNITY_RESOLUTION, null, null))
                   .expectException(CaseRefused.class)
                   .expectExceptionMessage("A community resolution needs the victim's views recorded");
            fixture.given(OPENED, crime())
                   .when(new RecordOutcomeCommand(CASE, HomeOfficeOutcome.COMMUNITY_RESOLUTION, "sealed:v1:v:abc",
                                                  null))
                   .expectEvents(new OutcomeRecorded(CASE, 8, "sealed:v1:v:abc"));
        }

        @Test
        void aCaseCannotCloseWithoutItsRecordingDecision() {
            fixture.given(OPENED)
                   .when(new CloseCaseCommand(CASE, true, null, null))
                   .expectException(CaseRefused.class)
                   .expectExceptionMessage("A case cannot close without its recording decision");
        }

        @Test
        void aCrimeCannotCloseWithoutARiskAssessment() {
            fixture.given(OPENED, crime(), new OutcomeRecorded(CASE, 1, null))
                   .when(new CloseCaseCommand(CASE, true, null, null))
                   .expectException(CaseRefused.class)
                   .expectExceptionMessage("A crime cannot close without a risk assessment");
        }

        @Test
        void aCrimeCannotCloseWithoutItsOutcome() {
            fixture.given(OPENED, crime(), assessed("STANDARD"))
                   .when(new CloseCaseCommand(CASE, true, null, null))
                   .expectException(CaseRefused.class)
                   .expectExceptionMessage("A crime cannot close without its outcome");
        }

        @Test
        void aCaseClosesWithAClosingUpdateToTheVictimOrARecordedReason() {
            fixture.given(OPENED, crime(), assessed("STANDARD"), new OutcomeRecorded(CASE, 1, null))
                   .when(new CloseCaseCommand(CASE, false, null, null))
                   .expectException(CaseRefused.class);
            fixture.given(OPENED, crime(), assessed("STANDARD"), new OutcomeRecorded(CASE, 1, null))
                   .when(new CloseCaseCommand(CASE, false, "The victim asked not to be contacted again", null))
                   .expectEvents(new CaseClosed(CASE, false, "The victim asked not to be contacted again"));
            fixture.given(OPENED, crime(), assessed("STANDARD"), new OutcomeRecorded(CASE, 1, null))
                   .when(new CloseCaseCommand(CASE, true, null, null))
                   .expectEvents(new CaseClosed(CASE, true, null));
        }

        @Test
        void aClosedCaseIsReopenedWithAReasonAndThenWorkedAgain() {
            CaseClosed closed = new CaseClosed(CASE, true, null);
            fixture.given(OPENED, PERCEIVED, closed)
                   .when(new ApplyHateFlagsCommand(CASE, List.of("RACE"), false, null))
                   .expectException(CaseRefused.class);
            fixture.given(OPENED, closed)
                   .when(new ReopenCaseCommand(CASE, "New evidence: CCTV", null))
                   .expectEvents(new CaseReopened(CASE, "New evidence: CCTV"));
            fixture.given(OPENED, PERCEIVED, closed, new CaseReopened(CASE, "New evidence"))
                   .when(new ApplyHateFlagsCommand(CASE, List.of("RACE"), false, null))
                   .expectEvents(new HateFlagsApplied(CASE, List.of("RACE"), false));
        }

        @Test
        void onlyAClosedCaseIsReopened() {
            fixture.given(OPENED)
                   .when(new ReopenCaseCommand(CASE, "why", null))
                   .expectException(CaseRefused.class);
        }
    }

    @Nested
    class Duplicates {

        @Test
        void aFurtherReportJoinsTheCaseOnce() {
            fixture.given(OPENED)
                   .when(new JoinReportCommand(CASE, "report-2", "HC-2026-000002"))
                   .expectEvents(new ReportJoinedCase(CASE, "report-2", "HC-2026-000002"));
            fixture.given(OPENED, new ReportJoinedCase(CASE, "report-2", "HC-2026-000002"))
                   .when(new JoinReportCommand(CASE, "report-2", "HC-2026-000002"))
                   .expectNoEvents();
        }

        @Test
        void aMergedCaseTakesNoMoreWorkAndItsDeadlinesAreCancelled() {
            fixture.givenCurrentTime(REPORTED)
                   .andGivenCommands(open(null, null))
                   .when(new MergeCaseCommand(CASE, "case-0"))
                   .expectEvents(new CaseMerged(CASE, "case-0"))
                   .expectNoScheduledDeadlines();
            fixture.given(OPENED, PERCEIVED, new CaseMerged(CASE, "case-0"))
                   .when(new ApplyHateFlagsCommand(CASE, List.of("RACE"), false, null))
                   .expectException(CaseRefused.class)
                   .expectExceptionMessage("Case case-1 was merged into case-0");
        }
    }
}
