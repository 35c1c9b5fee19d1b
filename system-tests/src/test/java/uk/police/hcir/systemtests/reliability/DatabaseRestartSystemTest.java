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
import uk.police.hcir.systemtests.reliability.harness.ReportLoad;
import uk.police.hcir.systemtests.reliability.harness.Submission;
import uk.police.hcir.systemtests.reliability.harness.WithFaultableStack;

@WithFaultableStack
class DatabaseRestartSystemTest {

    static final Duration DOWN = Duration.ofSeconds(
            Long.parseLong(System.getProperty("hcir.reliability.postgres-down-seconds", "5")));
    static final Duration RECOVERY = Duration.ofSeconds(10);

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void restartingPostgresMidLoadLosesAndDuplicatesNoAcceptedReport(FaultableStack stack) {
        LoadProfile profile = LoadProfile.configuredAtLeast(DOWN.plus(RECOVERY).plusSeconds(15));
        Instant postgresUp;
        LoadResult result;
        try (ReportLoad load = ReportLoad.start(stack.uriOf(HcirService.INTAKE), profile)) {
            Faults.awaitShareSent(load, profile, 0.3);
            stack.stopPostgres();
            Faults.hold(DOWN);
            stack.startPostgres();
            postgresUp = Instant.now();
            result = load.awaitFinished();
        }

        Reconciliation account = Reconciliation.afterCatchingUp(
                "PostgreSQL stopped for " + DOWN.toSeconds() + " s at 30% of the load, then started again", stack,
                result, Duration.ofMinutes(3));
        ReliabilityReport.publish(account.report());

        assertThat(FaultableStack.SERVICES).as("services still running").allMatch(stack::isAlive);
        assertThat(result.sentBetween(postgresUp.plus(RECOVERY), Instant.MAX))
                .as("reports sent from " + RECOVERY.toSeconds() + " s after PostgreSQL is back")
                .isNotEmpty().allMatch(Submission::accepted);
        assertThat(account.problems()).isEmpty();
    }
}
