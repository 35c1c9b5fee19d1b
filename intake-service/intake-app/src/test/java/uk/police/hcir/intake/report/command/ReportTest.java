package uk.police.hcir.intake.report.command;

import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.police.hcir.intake.events.ReportLinkedAsDuplicate;
import uk.police.hcir.intake.events.ReportNotDuplicate;
import uk.police.hcir.intake.events.ReportReceived;
import uk.police.hcir.intake.events.ReportWithdrawn;

class ReportTest {

    private static final Instant AT = Instant.parse("2026-11-02T10:15:30Z");

    private AggregateTestFixture<Report> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Report.class);
    }

    private static ReportReceived received(String reportId) {
        return new ReportReceived(reportId, "HC-2026-000001", "ONLINE", AT, "VICTIM",
                                  new ReportReceived.Incident(AT, AT, null, "k", "s", "s", null, false),
                                  new ReportReceived.Perception("ASKED", null, true, List.of("VICTIM"),
                                                                List.of("RACE"), null),
                                  null, 0, List.of(), new ReportReceived.Consent("FULLY_ANONYMOUS", false), null, null);
    }

    private static ReportDetailsRecorded details(String reportId) {
        return new ReportDetailsRecorded(reportId, null, null, "narrative", List.of(), null);
    }

    @Test
    void receivingAReportRecordsWhatIsPublishedAndWhatIntakeKeeps() {
        fixture.givenNoPriorActivity()
               .when(new ReceiveReportCommand("r-2", received("r-2"), details("r-2")))
               .expectEvents(received("r-2"), details("r-2"));
    }

    @Test
    void aPossibleDuplicateIsFlaggedOnce() {
        fixture.given(received("r-2"), new PossibleDuplicateFound("r-2", "r-1", 0.8, List.of("SAME_VICTIM")))
               .when(new FlagPossibleDuplicateCommand("r-2", "r-1", 0.8, List.of("SAME_VICTIM")))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void aReviewerLinksAFlaggedReportToTheReportItDuplicates() {
        fixture.given(received("r-2"), new PossibleDuplicateFound("r-2", "r-1", 0.82, List.of("SAME_VICTIM")))
               .when(new LinkAsDuplicateCommand("r-2", "r-1", "Same incident reported by the victim and a centre"))
               .expectEvents(new ReportLinkedAsDuplicate("r-2", "r-1", 0.82,
                                                         "Same incident reported by the victim and a centre"));
    }

    @Test
    void onlyAFlaggedCandidateCanBeLinked() {
        fixture.given(received("r-2"))
               .when(new LinkAsDuplicateCommand("r-2", "r-9", "Looks the same"))
               .expectException(ReportRefused.class)
               .expectExceptionMessage("Report r-9 was not found to be a possible duplicate of r-2");
    }

    @Test
    void aReportIsLinkedToOneEarlierReportAtMost() {
        fixture.given(received("r-3"),
                      new PossibleDuplicateFound("r-3", "r-1", 0.8, List.of()),
                      new PossibleDuplicateFound("r-3", "r-2", 0.7, List.of()),
                      new ReportLinkedAsDuplicate("r-3", "r-1", 0.8, "same"))
               .when(new LinkAsDuplicateCommand("r-3", "r-2", "also the same"))
               .expectException(ReportRefused.class)
               .expectExceptionMessage("Report r-3 is already linked to r-1");
    }

    @Test
    void aDecisionOnAPairIsMadeOnce() {
        fixture.given(received("r-2"), new PossibleDuplicateFound("r-2", "r-1", 0.7, List.of()),
                      new ReportNotDuplicate("r-2", "r-1", 0.7, "Different days"))
               .when(new LinkAsDuplicateCommand("r-2", "r-1", "On second thoughts"))
               .expectException(ReportRefused.class);
    }

    @Test
    void keepingTwoReportsApartIsRecordedWithTheReason() {
        fixture.given(received("r-2"), new PossibleDuplicateFound("r-2", "r-1", 0.7, List.of()))
               .when(new RecordNotDuplicateCommand("r-2", "r-1", "Different victims"))
               .expectEvents(new ReportNotDuplicate("r-2", "r-1", 0.7, "Different victims"));
    }

    @Test
    void everyDecisionNeedsAReason() {
        fixture.given(received("r-2"), new PossibleDuplicateFound("r-2", "r-1", 0.7, List.of()))
               .when(new RecordNotDuplicateCommand("r-2", "r-1", " "))
               .expectException(ReportRefused.class);
    }

    @Test
    void aReportIsWithdrawnOnceAndStays() {
        fixture.given(received("r-2"))
               .when(new WithdrawReportCommand("r-2", "The reporter asked to withdraw it"))
               .expectEvents(new ReportWithdrawn("r-2", "The reporter asked to withdraw it"));
        fixture.given(received("r-2"), new ReportWithdrawn("r-2", "asked"))
               .when(new WithdrawReportCommand("r-2", "again"))
               .expectException(ReportRefused.class);
    }
}
