package uk.police.hcir.systemtests.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
class CaseServiceCrashSystemTest {

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void killingCaseServiceMidLoadLosesAndDuplicatesNoAcceptedReport(FaultableStack stack) {
        LoadProfile profile = LoadProfile.configuredAtLeast(Duration.ofSeconds(20));
        LoadResult result;
        try (ReportLoad load = ReportLoad.start(stack.uriOf(HcirService.INTAKE), profile)) {
            Faults.awaitShareSent(load, profile, 0.3);
            stack.kill(HcirService.CASE);
            Faults.awaitShareSent(load, profile, 0.5);
            stack.restart(HcirService.CASE);
            result = load.awaitFinished();
        }

        Reconciliation account = Reconciliation.afterCatchingUp(
                "case-service SIGKILLed at 30% of the load, restarted at 50%", stack, result,
                Duration.ofMinutes(3));
        ReliabilityReport.publish(account.report());

        assertThat(result.count(Submission.Outcome.ACCEPTED))
                .as("intake does not depend on case-service").isEqualTo(profile.reports());
        assertThat(account.problems()).isEmpty();
    }
}
