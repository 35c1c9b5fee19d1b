package uk.police.hcir.victimcontact.care.command;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.police.hcir.victimcontact.calendar.ConfiguredCalendar;
import uk.police.hcir.victimcontact.calendar.WorkingDays;
import uk.police.hcir.victimcontact.care.command.VictimCareCommands.AssessNeeds;
import uk.police.hcir.victimcontact.care.command.VictimCareCommands.ChangeContactPreferences;
import uk.police.hcir.victimcontact.care.command.VictimCareCommands.OverrideEnhancedRights;
import uk.police.hcir.victimcontact.care.command.VictimCareCommands.RecordContact;
import uk.police.hcir.victimcontact.care.command.VictimCareCommands.RecordHostility;
import uk.police.hcir.victimcontact.care.command.VictimCareCommands.RecordMilestone;
import uk.police.hcir.victimcontact.care.command.VictimCareCommands.RecordPersistentTargeting;
import uk.police.hcir.victimcontact.care.command.VictimCareCommands.RecordReferralOutcome;
import uk.police.hcir.victimcontact.care.command.VictimCareCommands.ReferVictim;
import uk.police.hcir.victimcontact.care.command.VictimCareCommands.RegisterVictim;
import uk.police.hcir.victimcontact.events.ContactPreferencesChanged;
import uk.police.hcir.victimcontact.events.EnhancedRightsDetermined;
import uk.police.hcir.victimcontact.events.NeedsAssessed;
import uk.police.hcir.victimcontact.events.ReferralOutcomeRecorded;
import uk.police.hcir.victimcontact.events.UpdateBecameOverdue;
import uk.police.hcir.victimcontact.events.UpdateDue;
import uk.police.hcir.victimcontact.events.VictimReferred;
import uk.police.hcir.victimcontact.events.VictimRegistered;
import uk.police.hcir.victimcontact.events.VictimUpdated;

class VictimCareTest {

    static final String CASE = "case-1";
    /** Thursday 26 November 2026, 10:00 GMT. */
    static final Instant REPORTED = Instant.parse("2026-11-26T10:00:00Z");
    /** Two working days after Thursday: the end of Monday 30 November. */
    static final Instant REFERRAL_DUE = Instant.parse("2026-12-01T00:00:00Z");
    static final Instant ROUTINE_DUE = REPORTED.plus(Duration.ofDays(14));
    /** Friday 27 November 2026, 15:00 GMT. */
    static final Instant ARREST = Instant.parse("2026-11-27T15:00:00Z");

    static final VictimRegistered REGISTERED = new VictimRegistered(CASE, "victim-1", false, "ADULT",
                                                                    "CONSENTS_TO_CONTACT", true, "PHONE");
    static final EnhancedRightsDetermined NOT_ENHANCED = new EnhancedRightsDetermined(CASE, false, List.of(), 5, null);
    static final EnhancedRightsDetermined HATE_CRIME = new EnhancedRightsDetermined(CASE, true,
                                                                                     List.of("HATE_CRIME"), 1, null);
    static final UpdateDue REFERRAL = new UpdateDue(CASE, "REFERRAL", "REFERRAL", REFERRAL_DUE);
    static final UpdateDue ROUTINE = new UpdateDue(CASE, "routine-1", "ROUTINE", ROUTINE_DUE);

    AggregateTestFixture<VictimCare> fixture;
    final WorkingDays calendar = ConfiguredCalendar.load();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(VictimCare.class);
        fixture.registerInjectableResource(VictimCareRules.VICTIMS_CODE);
        fixture.registerInjectableResource(calendar);
    }

    static RegisterVictim register(String ageGroup, boolean vulnerable, String policeContact, boolean consent,
                                   String method) {
        return new RegisterVictim(CASE, "victim-1", false, ageGroup, vulnerable, policeContact, consent, method,
                                  REPORTED);
    }

    static RegisterVictim adultConsenting() {
        return register("ADULT", false, "CONSENTS_TO_CONTACT", true, "PHONE");
    }

    @Nested
    class EnhancedRights {

        @Test
        void aVictimOfPerceivedHateCrimeHasEnhancedRights() {
            fixture.given(REGISTERED, NOT_ENHANCED, REFERRAL, ROUTINE)
                   .when(new RecordHostility(CASE, true))
                   .expectEvents(HATE_CRIME);
        }

        @Test
        void anUnder18VulnerableVictimHasEnhancedRightsOnBothGroundsFromRegistration() {
            fixture.givenNoPriorActivity()
                   .when(register("CHILD", true, "CONSENTS_TO_CONTACT", false, "PHONE"))
                   .expectEvents(new VictimRegistered(CASE, "victim-1", false, "CHILD", "CONSENTS_TO_CONTACT", false,
                                                      "PHONE"),
                                 new EnhancedRightsDetermined(CASE, true,
                                                              List.of("UNDER_18", "VULNERABLE_OR_INTIMIDATED"), 1,
                                                              null),
                                 new UpdateDue(CASE, "routine-1", "ROUTINE", ROUTINE_DUE));
        }

        @Test
        void aRepeatVictimIsPersistentlyTargeted() {
            fixture.given(REGISTERED, HATE_CRIME)
                   .when(new RecordPersistentTargeting(CASE))
                   .expectEvents(new EnhancedRightsDetermined(CASE, true,
                                                              List.of("HATE_CRIME", "PERSISTENTLY_TARGETED"), 1,
                                                              null));
        }

        @Test
        void theCaseMayArriveBeforeTheReportAndStillMakesOneRecord() {
            fixture.givenNoPriorActivity()
                   .when(new RecordHostility(CASE, true))
                   .expectEvents(HATE_CRIME);
        }

        @Test
        void findingTheSameThingTwiceSaysNothingNew() {
            fixture.given(REGISTERED, HATE_CRIME)
                   .when(new RecordHostility(CASE, true))
                   .expectNoEvents();
        }

        @Test
        void aSupervisorMayOverrideWithAReasonAndTheOverrideStands() {
            fixture.given(REGISTERED, NOT_ENHANCED)
                   .when(new OverrideEnhancedRights(CASE, true, "Victim intimidated by neighbours; see risk notes"))
                   .expectEvents(new EnhancedRightsDetermined(CASE, true, List.of(), 1,
                                                              "Victim intimidated by neighbours; see risk notes"));
            fixture.given(REGISTERED, NOT_ENHANCED,
                          new EnhancedRightsDetermined(CASE, true, List.of(), 1, "Supervisor's judgement"))
                   .when(new RecordHostility(CASE, false))
                   .expectNoEvents();
        }

        @Test
        void anOverrideWithoutAReasonIsRefused() {
            fixture.given(REGISTERED, NOT_ENHANCED)
                   .when(new OverrideEnhancedRights(CASE, false, " "))
                   .expectException(VictimCareRefused.class)
                   .expectNoEvents();
        }
    }

    @Nested
    class Referral {

        @Test
        void aConsentingVictimIsDueAReferralWithinTwoWorkingDaysAndRoutineContactIn14Days() {
            fixture.givenNoPriorActivity()
                   .when(adultConsenting())
                   .expectEvents(REGISTERED, NOT_ENHANCED, REFERRAL, ROUTINE);
        }

        @Test
        void aReferralNotMadeByTheEndOfTheSecondWorkingDayBecomesOverdue() {
            fixture.givenCurrentTime(REPORTED)
                   .andGivenCommands(adultConsenting())
                   .whenThenTimeAdvancesTo(REFERRAL_DUE.plusSeconds(1))
                   .expectEvents(new UpdateBecameOverdue(CASE, "REFERRAL", "REFERRAL", REFERRAL_DUE));
        }

        @Test
        void aReferralInTimeMeetsTheDutyAndNothingBecomesOverdue() {
            fixture.givenCurrentTime(REPORTED)
                   .andGivenCommands(adultConsenting(),
                                     new ReferVictim(CASE, "VICTIM_SUPPORT", false, REPORTED.plusSeconds(3600)))
                   .whenThenTimeAdvancesTo(REFERRAL_DUE.plusSeconds(1))
                   .expectNoEvents();
        }

        @Test
        void aLateReferralIsMarkedLate() {
            fixture.given(REGISTERED, NOT_ENHANCED, REFERRAL, ROUTINE)
                   .when(new ReferVictim(CASE, "LOCAL_SPECIALIST", false, REFERRAL_DUE.plusSeconds(60)))
                   .expectEvents(new VictimReferred(CASE, "case-1-R1", "LOCAL_SPECIALIST", true));
        }

        @Test
        void aVictimWhoOptedOutIsNotReferredWithoutConsent() {
            fixture.given(new VictimRegistered(CASE, "victim-1", false, "ADULT", "CONSENTS_TO_CONTACT", false,
                                               "PHONE"), NOT_ENHANCED)
                   .when(new ReferVictim(CASE, "VICTIM_SUPPORT", false, REPORTED))
                   .expectException(VictimCareRefused.class);
            fixture.givenCurrentTime(REPORTED)
                   .andGivenCommands(register("ADULT", false, "CONSENTS_TO_CONTACT", false, "PHONE"))
                   .whenThenTimeAdvancesTo(REFERRAL_DUE.plus(Duration.ofDays(3)))
                   .expectNoEvents();
        }

        @Test
        void theSupportServiceAcceptsOrDeclines() {
            fixture.given(REGISTERED, NOT_ENHANCED, REFERRAL,
                          new VictimReferred(CASE, "case-1-R1", "VICTIM_SUPPORT", false))
                   .when(new RecordReferralOutcome(CASE, "case-1-R1", "ACCEPTED", null))
                   .expectEvents(new ReferralOutcomeRecorded(CASE, "case-1-R1", "ACCEPTED", null));
            fixture.given(REGISTERED, NOT_ENHANCED)
                   .when(new RecordReferralOutcome(CASE, "case-1-R9", "ACCEPTED", null))
                   .expectException(VictimCareRefused.class);
        }
    }

    @Nested
    class MilestoneUpdates {

        /** One working day after Friday 27 November is the end of Monday 30 November. */
        static final Instant ENHANCED_DUE = Instant.parse("2026-12-01T00:00:00Z");
        /** Five working days after Friday 27 November is the end of Friday 4 December. */
        static final Instant STANDARD_DUE = Instant.parse("2026-12-05T00:00:00Z");

        @Test
        void withEnhancedRightsTheVictimMustHearOfAnArrestWithinOneWorkingDay() {
            fixture.given(REGISTERED, HATE_CRIME)
                   .when(new RecordMilestone(CASE, "event-1", "ARREST", ARREST, false))
                   .expectEvents(new UpdateDue(CASE, "arrest-event-1", "ARREST", ENHANCED_DUE))
                   .expectScheduledDeadlineWithName(ENHANCED_DUE, VictimCare.DUTY_DEADLINE);
        }

        @Test
        void withoutEnhancedRightsTheyHaveFiveWorkingDays() {
            fixture.given(REGISTERED, NOT_ENHANCED)
                   .when(new RecordMilestone(CASE, "event-1", "CHARGE", ARREST, false))
                   .expectEvents(new UpdateDue(CASE, "charge-event-1", "CHARGE", STANDARD_DUE));
        }

        @Test
        void noContactByTheDeadlineRaisesAnOverdueUpdate() {
            fixture.givenCurrentTime(ARREST)
                   .andGiven(REGISTERED, HATE_CRIME)
                   .andGivenCommands(new RecordMilestone(CASE, "event-1", "ARREST", ARREST, false))
                   .whenThenTimeAdvancesTo(ENHANCED_DUE.plusSeconds(1))
                   .expectEvents(new UpdateBecameOverdue(CASE, "arrest-event-1", "ARREST", ENHANCED_DUE));
        }

        @Test
        void contactBeforeTheDeadlineMeetsItAndNothingBecomesOverdue() {
            fixture.givenCurrentTime(ARREST)
                   .andGiven(REGISTERED, HATE_CRIME)
                   .andGivenCommands(new RecordMilestone(CASE, "event-1", "ARREST", ARREST, false),
                                     new RecordContact(CASE, ARREST.plus(Duration.ofHours(2)), "PHONE", "sealed"))
                   .whenThenTimeAdvancesTo(ENHANCED_DUE.plusSeconds(1))
                   .expectNoEvents();
        }

        @Test
        void contactMeetsEveryOpenUpdateAndSaysWhichWereLate() {
            Instant contacted = ENHANCED_DUE.plus(Duration.ofHours(10));
            fixture.given(REGISTERED, HATE_CRIME, REFERRAL, ROUTINE,
                          new UpdateDue(CASE, "arrest-event-1", "ARREST", ENHANCED_DUE))
                   .when(new RecordContact(CASE, contacted, "PHONE", "sealed:v1:victim-1:abc"))
                   .expectEvents(new VictimUpdated(CASE, contacted, "PHONE", "sealed:v1:victim-1:abc",
                                                   List.of("routine-1", "arrest-event-1"), List.of("arrest-event-1")),
                                 new UpdateDue(CASE, "routine-2", "ROUTINE", contacted.plus(Duration.ofDays(14))));
        }

        @Test
        void theSameMilestoneReadTwiceIsOneDuty() {
            fixture.given(REGISTERED, HATE_CRIME, new UpdateDue(CASE, "arrest-event-1", "ARREST", ENHANCED_DUE))
                   .when(new RecordMilestone(CASE, "event-1", "ARREST", ARREST, false))
                   .expectNoEvents();
        }

        @Test
        void aVictimWhoWantsNoPoliceContactIsOwedNoUpdatesAndNoneCanBeRecorded() {
            VictimRegistered noContact = new VictimRegistered(CASE, "victim-1", false, "ADULT",
                                                              "IDENTIFIED_NO_POLICE_CONTACT", false, null);
            fixture.given(noContact, HATE_CRIME)
                   .when(new RecordMilestone(CASE, "event-1", "ARREST", ARREST, false))
                   .expectNoEvents();
            fixture.given(noContact, HATE_CRIME)
                   .when(new RecordContact(CASE, ARREST, "PHONE", null))
                   .expectException(VictimCareRefused.class);
        }

        @Test
        void closingWithTheUpdateGivenMeetsOpenDutiesAndEndsRoutineContact() {
            Instant closed = ARREST.plus(Duration.ofDays(2));
            fixture.given(REGISTERED, HATE_CRIME, ROUTINE)
                   .when(new RecordMilestone(CASE, "event-9", "CASE_CLOSED", closed, true))
                   .expectEvents(new VictimUpdated(CASE, closed, VictimCare.CONTACT_AT_CLOSURE, null,
                                                   List.of("routine-1"), List.of()));
        }
    }

    @Nested
    class RoutineContact {

        @Test
        void withoutContactFor14DaysTheRoutineUpdateBecomesOverdue() {
            fixture.givenCurrentTime(REPORTED)
                   .andGivenCommands(adultConsenting(), new ReferVictim(CASE, "VICTIM_SUPPORT", false, REPORTED))
                   .whenThenTimeAdvancesTo(ROUTINE_DUE.plusSeconds(1))
                   .expectEvents(new UpdateBecameOverdue(CASE, "routine-1", "ROUTINE", ROUTINE_DUE));
        }

        @Test
        void theVictimMayAgreeAnotherFrequencyWhichTheNextRoutineUpdateFollows() {
            Instant contacted = REPORTED.plus(Duration.ofDays(1));
            fixture.given(REGISTERED, NOT_ENHANCED, REFERRAL, ROUTINE,
                          new ContactPreferencesChanged(CASE, "EMAIL", null, "pl", true, null, 7))
                   .when(new RecordContact(CASE, contacted, "EMAIL", null))
                   .expectEvents(new VictimUpdated(CASE, contacted, "EMAIL", null, List.of("routine-1"), List.of()),
                                 new UpdateDue(CASE, "routine-2", "ROUTINE", contacted.plus(Duration.ofDays(7))));
        }

        @Test
        void preferencesWithoutAFrequencyKeepTheDefault() {
            fixture.given(REGISTERED, NOT_ENHANCED)
                   .when(new ChangeContactPreferences(CASE, "LETTER", null, "cy", false, null, null))
                   .expectEvents(new ContactPreferencesChanged(CASE, "LETTER", null, "cy", false, null, 14));
        }
    }

    @Nested
    class Needs {

        @Test
        void aSecondAssessmentIsAReassessment() {
            Map<String, String> answers = Map.of("feels-safe-at-home", "NO");
            fixture.given(REGISTERED, NOT_ENHANCED)
                   .when(new AssessNeeds(CASE, answers, "SUPPORT_NEEDED"))
                   .expectEvents(new NeedsAssessed(CASE, answers, "SUPPORT_NEEDED", false));
            fixture.given(REGISTERED, NOT_ENHANCED, new NeedsAssessed(CASE, answers, "SUPPORT_NEEDED", false))
                   .when(new AssessNeeds(CASE, answers, "SPECIALIST_SUPPORT_NEEDED"))
                   .expectEvents(new NeedsAssessed(CASE, answers, "SPECIALIST_SUPPORT_NEEDED", true));
        }
    }
}
