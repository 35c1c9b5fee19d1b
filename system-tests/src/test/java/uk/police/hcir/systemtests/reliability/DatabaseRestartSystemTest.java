package uk.police.hcir.systemtests.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
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

@ReliabilityScenario
class DatabaseRestartSystemTest {

    static final Duration DOWN = Duration.ofSeconds(
            Long.parseLong(System.getProperty("hcir.reliability.postgres-down-seconds", "5")));
    static final Duration RECOVERY = Duration.ofSeconds(10);

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void restartingAndCrashingPostgresMidLoadLosesAndDuplicatesNoAcceptedReport(FaultableStack stack) {
        LoadProfile profile = LoadProfile.configuredAtLeast(DOWN.plus(RECOVERY).multipliedBy(2).plusSeconds(25));
        Instant restarted;
        Instant crashed;
        Instant recovered;
        LoadResult result;
        try (ReportLoad load = ReportLoad.start(stack.uriOf(HcirService.INTAKE), profile)) {
            Faults.awaitShareSent(load, profile, 0.1);
            stack.stopPostgres();
            Faults.hold(DOWN);
            stack.startPostgres();
            restarted = Instant.now();

            Faults.hold(RECOVERY.plusSeconds(5));
            crashed = Instant.now();
            stack.crashPostgres();
            Faults.hold(DOWN);
            stack.startPostgres();
            recovered = Instant.now();
            result = load.awaitFinished();
        }

        Reconciliation account = Reconciliation.afterCatchingUp(
                "PostgreSQL shut down for " + DOWN.toSeconds() + " s mid-load, and " + RECOVERY.plusSeconds(5).toSeconds()
                        + " s after it was back, killed (SIGKILL) for " + DOWN.toSeconds()
                        + " s; each time started again", stack, result,
                Duration.ofMinutes(3));
        ReliabilityReport.publish(account.report());

        assertThat(FaultableStack.SERVICES).as("services that outlived both").allMatch(stack::isAlive);
        assertThat(result.sentBetween(restarted.plus(RECOVERY), crashed.minusSeconds(2)))
                .as("reports sent from " + RECOVERY.toSeconds() + " s after the restart until the crash")
                .allMatch(Submission::accepted);
        assertThat(result.sentBetween(recovered.plus(RECOVERY), Instant.MAX))
                .as("reports sent from " + RECOVERY.toSeconds() + " s after recovery from the crash")
                .isNotEmpty().allMatch(Submission::accepted);
        assertThat(account.problems()).isEmpty();
    }
}
