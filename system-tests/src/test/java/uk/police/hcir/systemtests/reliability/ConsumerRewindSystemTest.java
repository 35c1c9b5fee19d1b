package uk.police.hcir.systemtests.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.police.hcir.deploy.local.HcirService;
import uk.police.hcir.systemtests.reliability.harness.FaultableStack;
import uk.police.hcir.systemtests.reliability.harness.Faults;
import uk.police.hcir.systemtests.reliability.harness.LoadProfile;
import uk.police.hcir.systemtests.reliability.harness.LoadResult;
import uk.police.hcir.systemtests.reliability.harness.Reconciliation;
import uk.police.hcir.systemtests.reliability.harness.ReliabilityReport;
import uk.police.hcir.systemtests.reliability.harness.ReliabilityScenario;
import uk.police.hcir.systemtests.reliability.harness.ReportLoad;
import uk.police.hcir.systemtests.reliability.harness.Submission;
import uk.police.hcir.systemtests.reliability.harness.TokenSurgery;

@ReliabilityScenario
class ConsumerRewindSystemTest {

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void reReadingTopicsAndRepublishingFromEarlierPositionsChangesNothing(FaultableStack stack) {
        LoadProfile profile = LoadProfile.configuredAtLeast(Duration.ofSeconds(20));
        TokenSurgery surgery = new TokenSurgery(stack);
        StringBuilder moves = new StringBuilder();
        LoadResult result;
        try (ReportLoad load = ReportLoad.start(stack.uriOf(HcirService.INTAKE), profile)) {
            Faults.awaitShareSent(load, profile, 0.4);

            stack.stop(HcirService.CASE);
            stack.stop(HcirService.REPORTING);
            stack.stop(HcirService.VICTIM_CONTACT);
            record(moves, surgery.rewindKafkaProcessor(HcirService.CASE, "case-opening", offset -> offset / 2));
            record(moves, surgery.rewindEventStoreProcessor(HcirService.CASE, "__axon-kafka-event-publishing-group",
                                                            index -> index / 2));
            record(moves, surgery.rewindKafkaProcessor(HcirService.REPORTING, "audit-trail", offset -> -1));
            record(moves, surgery.rewindKafkaProcessor(HcirService.VICTIM_CONTACT, "case-register",
                                                       offset -> offset - 3));
            stack.restart(HcirService.CASE, HcirService.REPORTING, HcirService.VICTIM_CONTACT);

            result = load.awaitFinished();
        }

        Reconciliation account = Reconciliation.afterCatchingUp(
                "mid-load: case-service re-reads hcir.intake.v1 from half its offsets and republishes from half its "
                        + "event store; reporting re-reads every topic from the start; victim contact re-reads the "
                        + "last three records of each partition", stack, result, Duration.ofMinutes(3));
        ReliabilityReport.publish(account.report() + moves);

        assertThat(result.count(Submission.Outcome.ACCEPTED)).isEqualTo(profile.reports());
        assertThat(account.wire().topics().get("hcir.case.v1").redelivered())
                .as("CaseOpened events published twice, that consumers had to absorb").isPositive();
        assertThat(account.problems()).isEmpty();
    }

    private static void record(StringBuilder moves, Map<String, String> changes) {
        changes.forEach((segment, change) -> moves.append(String.format("  %-15s %s %s%n", "moved", segment,
                                                                        change)));
    }
}
