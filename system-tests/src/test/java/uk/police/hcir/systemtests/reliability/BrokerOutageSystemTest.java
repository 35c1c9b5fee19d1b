package uk.police.hcir.systemtests.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
class BrokerOutageSystemTest {

    static final Duration OUTAGE = Duration.ofSeconds(
            Long.parseLong(System.getProperty("hcir.reliability.broker-outage-seconds", "30")));

    @Test
    @Timeout(value = 7, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aBrokerOutageLosesNoAcceptedReportAndIntakeKeepsAcceptingThroughIt(FaultableStack stack) {
        LoadProfile profile = LoadProfile.configuredAtLeast(OUTAGE.plusSeconds(15));
        Instant brokerDown;
        Instant brokerUp;
        LoadResult result;
        try (ReportLoad load = ReportLoad.start(stack.uriOf(HcirService.INTAKE), profile)) {
            Faults.awaitShareSent(load, profile, 5.0 / profile.duration().toSeconds());
            brokerDown = Instant.now();
            stack.stopBroker();
            Faults.hold(OUTAGE, "intake stays ready and accepts every report while the broker is down",
                        () -> stack.isReady(HcirService.INTAKE) && refusedSince(load, brokerDown).isEmpty());
            brokerUp = Instant.now();
            stack.startBroker();
            result = load.awaitFinished();
        }

        Reconciliation account = Reconciliation.afterCatchingUp(
                "Kafka broker stopped for " + OUTAGE.toSeconds() + " s mid-load, then started again", stack, result,
                Duration.ofMinutes(3));
        ReliabilityReport.publish(account.report());

        List<Submission> duringOutage = result.sentBetween(brokerDown, brokerUp);
        assertThat(duringOutage).as("reports sent while the broker was down").isNotEmpty()
                                .allMatch(Submission::accepted);
        assertThat(result.count(Submission.Outcome.ACCEPTED)).isEqualTo(profile.reports());
        assertThat(account.problems()).isEmpty();
    }

    @Test
    @Timeout(value = 7, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void servicesRestartedWhileTheBrokerIsDownAcceptReportsAndCatchUpOnceItIsBack(FaultableStack stack) {
        LoadProfile profile = LoadProfile.configuredAtLeast(Duration.ofSeconds(50));
        Instant brokerDown;
        Instant intakeBack;
        Instant brokerUp;
        LoadResult result;
        try (ReportLoad load = ReportLoad.start(stack.uriOf(HcirService.INTAKE), profile)) {
            Faults.awaitShareSent(load, profile, 5.0 / profile.duration().toSeconds());
            brokerDown = Instant.now();
            stack.stopBroker();
            stack.kill(HcirService.INTAKE);
            stack.kill(HcirService.CASE);
            stack.restart(HcirService.INTAKE, HcirService.CASE);
            intakeBack = Instant.now();
            Duration rest = OUTAGE.minus(Duration.between(brokerDown, intakeBack));
            Faults.hold(rest.compareTo(Duration.ofSeconds(10)) > 0 ? rest : Duration.ofSeconds(10),
                        "intake, started without a broker, accepts every report",
                        () -> refusedSince(load, intakeBack).isEmpty());
            brokerUp = Instant.now();
            stack.startBroker();
            result = load.awaitFinished();
        }

        Reconciliation account = Reconciliation.afterCatchingUp(
                "Kafka broker stopped for " + Duration.between(brokerDown, brokerUp).toSeconds()
                        + " s mid-load; intake and case-service SIGKILLed and started again while it was down", stack, result,
                Duration.ofMinutes(3));
        ReliabilityReport.publish(account.report());

        assertThat(result.sentBetween(intakeBack, brokerUp))
                .as("reports sent to the restarted intake while the broker was down")
                .isNotEmpty().allMatch(Submission::accepted);
        assertThat(account.problems()).isEmpty();
    }

    private static List<Submission> refusedSince(ReportLoad load, Instant since) {
        return load.answeredSoFar().stream()
                   .filter(submission -> !submission.sentAt().isBefore(since) && !submission.accepted())
                   .toList();
    }
}
