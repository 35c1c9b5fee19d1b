package uk.police.hcir.cases.contract;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.police.hcir.cases.events.CaseAllocated;
import uk.police.hcir.cases.events.CaseClosed;
import uk.police.hcir.cases.events.CaseEventContract;
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
import uk.police.hcir.platform.testsupport.contract.PublishedEventContract;

class PublishedCaseEventsTest {

    static final String CASE = "8b2f4d6e-1c3a-4e5f-9a7b-0c1d2e3f4a5b";
    static final String EARLIER_CASE = "3c9a1b2d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    static final String VICTIM = "5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f";
    static final Instant REPORTED = Instant.parse("2026-11-02T10:15:30Z");

    @Test
    void everyPublishedCaseEventMatchesItsSchemaAndApprovedJson() {
        PublishedEventContract.of(CaseEventContract.EVENT_TYPES)
                .example(new CaseOpened(CASE, "HC-2026-000042", Instant.parse("2026-11-02T10:15:31Z"), "CONTROL_ROOM",
                                        REPORTED, Instant.parse("2026-11-03T10:15:30Z"), VICTIM))
                .example(new MotivationRecorded(CASE, "REPORT", true, List.of("VICTIM"), List.of("RACE", "RELIGION"),
                                                "sealed:v1:" + VICTIM + ":b3duLXdvcmRzLWNpcGhlcnRleHQ=", false))
                .example(new HateFlagsApplied(CASE, List.of("RACE", "RELIGION"), false))
                .example(new HateFlagsCorrected(CASE, List.of("RACE", "RELIGION"), false, List.of("RELIGION"), false,
                                                "The victim was targeted for her faith, not her ethnicity"))
                .example(new RecordingDecisionMade(CASE, "CRIME", "8P", "PUBLIC_ORDER", "NC/26/004211",
                                                   "Religiously aggravated section 4A public order offence", null,
                                                   false, false, List.of(), false))
                .example(new RecordingDecisionOverdue(CASE, Instant.parse("2026-11-03T10:15:30Z")))
                .example(new RiskAssessed(CASE, "HCRA-1", Map.of("H1", "YES", "O3", "YES", "O4", "NO"), 6,
                                          "STANDARD", "MEDIUM", "The victim is very frightened and lives alone",
                                          false, Instant.parse("2026-11-16T12:00:00Z"), null))
                .example(new RiskReviewOverdue(CASE, "RISK_REASSESSMENT", Instant.parse("2026-11-16T12:00:00Z")))
                .example(new SupervisorReviewed(CASE, "APPROVED", "Safeguarding plan agreed", "REFERRED",
                                                "Norwich community safety partnership"))
                .example(new CaseAllocated(CASE, "pc-2002", "norwich-north", null, null))
                .example(new RepeatVictimIdentified(CASE, VICTIM, List.of("SAME_VICTIM", "SAME_ADDRESS"),
                                                    List.of(EARLIER_CASE), 12))
                .example(new InvestigativeMilestoneReached(CASE, "ARREST", Instant.parse("2026-11-04T18:30:00Z")))
                .example(new OutcomeRecorded(CASE, 8, "sealed:v1:" + VICTIM + ":dmlld3MtY2lwaGVydGV4dA=="))
                .example(new CaseClosed(CASE, true, null))
                .example(new CaseReopened(CASE, "New CCTV evidence came to light"))
                .example(new ReportJoinedCase(CASE, EARLIER_CASE, "HC-2026-000043"))
                .example(new CaseMerged(EARLIER_CASE, CASE))
                .verify();
    }
}
