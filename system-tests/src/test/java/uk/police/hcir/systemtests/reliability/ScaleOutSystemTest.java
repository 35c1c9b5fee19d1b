package uk.police.hcir.systemtests.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.police.hcir.deploy.local.HcirService;
import uk.police.hcir.platform.embedded.PostgresServer;
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
class ScaleOutSystemTest {

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void twoInstancesOfCaseAndReportingShareTheirSegmentsAndLosingOneOfEachMidLoadLosesNothing(FaultableStack stack) {
        CompletableFuture.allOf(CompletableFuture.runAsync(() -> stack.startSecondInstance(HcirService.CASE)),
                                CompletableFuture.runAsync(() -> stack.startSecondInstance(HcirService.REPORTING)))
                         .join();
        long caseFirst = stack.pidOf(HcirService.CASE);
        long caseSecond = stack.secondInstance(HcirService.CASE).pid();
        long reportingFirst = stack.pidOf(HcirService.REPORTING);
        long reportingSecond = stack.secondInstance(HcirService.REPORTING).pid();

        Map<String, Integer> shared = await("both instances of each service claim a share of the segments")
                .atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> claims(stack), owners -> List.of(caseFirst, caseSecond, reportingFirst, reportingSecond)
                        .stream().allMatch(pid -> owners.keySet().stream().anyMatch(o -> o.startsWith(pid + "@"))));

        LoadProfile profile = LoadProfile.configuredAtLeast(Duration.ofSeconds(20));
        LoadResult result;
        Map<String, Integer> claimsBefore;
        try (ReportLoad load = ReportLoad.start(stack.uriOf(HcirService.INTAKE), profile)) {
            Faults.awaitShareSent(load, profile, 0.3);
            claimsBefore = claims(stack);
            stack.kill(HcirService.CASE);
            stack.kill(HcirService.REPORTING);
            result = load.awaitFinished();
        }

        Reconciliation account = Reconciliation.afterCatchingUp(
                "two instances each of case-service and reporting-service; the first of each SIGKILLed at 30% of "
                        + "the load and not restarted", stack, result, Duration.ofMinutes(3));
        Map<String, Integer> claimsAfter = await("the survivors claim every segment the killed instances held")
                .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> claims(stack), owners -> owners.keySet().stream().noneMatch(
                        owner -> owner.startsWith(caseFirst + "@") || owner.startsWith(reportingFirst + "@")));
        ReliabilityReport.publish(account.report()
                                          + String.format("  %-15s %s%n", "claims shared", named(shared,
                                                  caseFirst, caseSecond, reportingFirst, reportingSecond))
                                          + String.format("  %-15s %s%n", "claims at kill", named(claimsBefore,
                                                  caseFirst, caseSecond, reportingFirst, reportingSecond))
                                          + String.format("  %-15s %s%n", "claims after", named(claimsAfter,
                                                  caseFirst, caseSecond, reportingFirst, reportingSecond)));

        assertThat(result.count(Submission.Outcome.ACCEPTED)).isPositive();
        assertThat(account.problems()).isEmpty();
        assertThat(claimsAfter.keySet())
                .as("every segment still claimed is claimed by a surviving instance")
                .allSatisfy(owner -> assertThat(owner).doesNotStartWith(caseFirst + "@")
                                                      .doesNotStartWith(reportingFirst + "@"));
        assertThat(claimsAfter.keySet()).anySatisfy(owner -> assertThat(owner).startsWith(caseSecond + "@"));
        assertThat(claimsAfter.keySet()).anySatisfy(owner -> assertThat(owner).startsWith(reportingSecond + "@"));
    }

    /** How many segments each owner (Axon's node id, {@code pid@host}) claims in case-service and reporting. */
    private static Map<String, Integer> claims(FaultableStack stack) {
        Map<String, Integer> owners = new TreeMap<>();
        for (HcirService service : new HcirService[] {HcirService.CASE, HcirService.REPORTING}) {
            try (Connection connection = DriverManager.getConnection(stack.jdbcUrl(service), PostgresServer.USER, "");
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT owner, count(*) FROM token_entry "
                                                                 + "WHERE owner IS NOT NULL GROUP BY owner")) {
                while (rows.next()) {
                    owners.merge(rows.getString(1), rows.getInt(2), Integer::sum);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the token claims of " + service.serviceName(), e);
            }
        }
        return owners;
    }

    private static String named(Map<String, Integer> claims, long caseFirst, long caseSecond, long reportingFirst,
                                long reportingSecond) {
        Map<String, Integer> named = new TreeMap<>();
        claims.forEach((owner, count) -> {
            String pid = owner.contains("@") ? owner.substring(0, owner.indexOf('@')) : owner;
            String name = pid.equals(Long.toString(caseFirst)) ? "case-service#1"
                    : pid.equals(Long.toString(caseSecond)) ? "case-service#2"
                    : pid.equals(Long.toString(reportingFirst)) ? "reporting-service#1"
                    : pid.equals(Long.toString(reportingSecond)) ? "reporting-service#2" : owner;
            named.merge(name, count, Integer::sum);
        });
        return named + " segments";
    }
}
