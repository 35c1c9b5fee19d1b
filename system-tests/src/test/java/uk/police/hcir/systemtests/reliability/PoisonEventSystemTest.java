package uk.police.hcir.systemtests.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.police.hcir.deploy.local.HcirService;
import uk.police.hcir.intake.support.SampleReports;
import uk.police.hcir.systemtests.reliability.harness.FaultableStack;
import uk.police.hcir.systemtests.reliability.harness.Faults;
import uk.police.hcir.systemtests.reliability.harness.LoadProfile;
import uk.police.hcir.systemtests.reliability.harness.LoadResult;
import uk.police.hcir.systemtests.reliability.harness.Reconciliation;
import uk.police.hcir.systemtests.reliability.harness.ReliabilityReport;
import uk.police.hcir.systemtests.reliability.harness.ReliabilityScenario;
import uk.police.hcir.systemtests.reliability.harness.ReportLoad;
import uk.police.hcir.systemtests.reliability.harness.StoreLedger;
import uk.police.hcir.systemtests.reliability.harness.Submission;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.police.hcir.systemtests.browser.Browser;
import uk.police.hcir.systemtests.support.HttpJson;
import uk.police.hcir.systemtests.support.StackIdentity;

/**
 * A poison event (see docs/adr/0012): reporting is deployed with an audit-trail constraint stricter than intake's
 * published contract, so the one report with more suspects than it allows cannot be stored. Its case's events are
 * dead-lettered in the audit-trail group while every other case flows. A retry through reporting's API before the
 * fix fails again and counts the attempt; once the constraint is corrected, as the fixing deploy's migration would,
 * an administrator retries the sequence from the portal's dead-letters page.
 */
@ReliabilityScenario
class PoisonEventSystemTest {

    private static final String GROUP = "audit-trail";
    /** The password of the portal's demonstration accounts, which the stack runs with (profile {@code local}). */
    private static final String DEMO_PASSWORD = "hcir-demo-password";

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aCaseWhoseEventCannotBeStoredIsDeadLetteredWhileOthersFlowAndIsRetriedOnceFixed(FaultableStack stack) {
        stack.execute(HcirService.REPORTING, """
                ALTER TABLE audit_event ADD CONSTRAINT audit_event_suspect_count_ck
                CHECK (event_type <> 'uk.police.hcir.intake.report-received'
                       OR coalesce((payload->>'suspectCount')::int, 0) <= 10) NOT VALID""");

        LoadProfile profile = LoadProfile.configuredAtLeast(Duration.ofSeconds(20));
        LoadResult result;
        String poison;
        try (ReportLoad load = ReportLoad.start(stack.uriOf(HcirService.INTAKE), profile)) {
            Faults.awaitShareSent(load, profile, 0.3);
            poison = submitReportWithSuspects(stack, 12);
            result = load.awaitFinished();
        }

        JsonNode letter = await("the poison report is dead-lettered with its CaseOpened behind it")
                .atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> sequence(stack, poison), found -> found != null && found.path("letters").asInt() >= 2);
        await("every other case reaches the audit trail").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(2)).ignoreExceptions()
                .until(() -> {
                    StoreLedger ledger = StoreLedger.read(stack.postgres());
                    return ledger.auditedReports().keySet().containsAll(result.acceptedReportIds())
                           && ledger.auditedOpenings().keySet().containsAll(result.acceptedReportIds());
                });
        StoreLedger whileHeld = StoreLedger.read(stack.postgres());

        HttpJson.Response refused = HttpJson.get(deadLetters(stack), officer());
        JsonNode failedAgain = retry(stack, poison);
        JsonNode afterFailedRetry = sequence(stack, poison);

        stack.execute(HcirService.REPORTING, "ALTER TABLE audit_event DROP CONSTRAINT audit_event_suspect_count_ck");
        String banner = retryInThePortal(stack, poison);
        HttpJson.Response afterRetry = HttpJson.get(deadLetters(stack), administrator());

        Reconciliation account = Reconciliation.afterCatchingUp(
                "a report reporting's audit trail refuses (a constraint stricter than the contract) sent at 30% of "
                        + "the load, dead-lettered, retried unfixed through the API, then from the portal once fixed",
                stack, result, Duration.ofMinutes(2));
        ReliabilityReport.publish(account.report()
                + line("poison", poison + ": " + letter.path("letters").asInt() + " events held in " + GROUP
                        + ", cause " + letter.path("causeType").asText())
                + line("while held", whileHeld.totalDeadLetters() + " dead letters; "
                        + whileHeld.auditedReports().size() + " other cases audited")
                + line("retry unfixed", "API: " + failedAgain)
                + line("retry fixed", "portal: \"" + banner + "\"; reporting then lists "
                        + afterRetry.body().path("sequences").size() + " dead-lettered sequences"));

        assertThat(result.count(Submission.Outcome.ACCEPTED)).isPositive();
        assertThat(letter.path("processingGroup").asText()).isEqualTo(GROUP);
        assertThat(letter.path("eventType").asText()).isEqualTo("uk.police.hcir.intake.report-received");
        assertThat(letter.path("aggregateId").asText()).isEqualTo(poison);
        assertThat(letter.path("causeType").asText()).isNotBlank();
        assertThat(letter.path("attempts").asInt()).isEqualTo(1);
        assertThat(whileHeld.auditedReports()).doesNotContainKey(poison);
        assertThat(whileHeld.deadLetters()).containsOnlyKeys("reporting-service/" + GROUP);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().path("type").asText()).endsWith("/role-not-allowed");
        assertThat(failedAgain.path("retried").asInt()).isZero();
        assertThat(failedAgain.path("failedAgain").asInt()).isEqualTo(1);
        assertThat(afterFailedRetry.path("attempts").asInt()).isEqualTo(2);
        assertThat(banner).contains("Retried", poison, GROUP, "Reporting");
        assertThat(afterRetry.body().path("sequences")).isEmpty();
        assertThat(account.store().auditedReports()).containsEntry(poison, 1);
        assertThat(account.problems()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static String submitReportWithSuspects(FaultableStack stack, int suspects) {
        Map<String, Object> report = SampleReports.controlRoom();
        List<Object> described = new ArrayList<>();
        for (int i = 1; i <= suspects; i++) {
            described.add(SampleReports.map("description", "Suspect " + i + " of a group outside the shop",
                                            "knownToVictim", false));
        }
        report.put("suspects", described);
        ((Map<String, Object>) report.get("victim")).put("name", "Poison Victim");
        HttpJson.Response accepted = HttpJson.post(stack.uriOf(HcirService.INTAKE).resolve("/api/control-room/reports"),
                                                   SampleReports.json(report),
                                                   StackIdentity.actingAs("load-poison", "CALL_HANDLER"));
        assertThat(accepted.status()).as(String.valueOf(accepted.body())).isBetween(200, 299);
        return accepted.body().get("reportId").asText();
    }

    /** An administrator signs in to the portal, finds the sequence on the dead-letters page and retries it. */
    private static String retryInThePortal(FaultableStack stack, String caseId) {
        assertThat(Browser.isInstalled()).as("Debian's chromium and chromium-driver are installed").isTrue();
        try (Browser browser = Browser.start(stack.startPortal())) {
            browser.open("/sign-in").signIn("administrator", DEMO_PASSWORD);
            browser.open("/admin/dead-letters").checkPage("reliability-dead-letters");
            WebElement row = browser.find(By.cssSelector("#dead-letters tr[data-service=reporting-service]"
                                                                 + "[data-sequence='" + caseId + "']"));
            browser.submitWith(row.findElement(By.cssSelector("button[type=submit]")));
            assertThat(browser.path()).isEqualTo("/admin/dead-letters");
            browser.checkPage("reliability-dead-letters-retried");
            return browser.find(By.id("retry-banner")).getText().replaceAll("\\s+", " ");
        }
    }

    private static java.net.URI deadLetters(FaultableStack stack) {
        return stack.uriOf(HcirService.REPORTING).resolve("/api/dead-letters");
    }

    private static JsonNode sequence(FaultableStack stack, String caseId) {
        HttpJson.Response listed = HttpJson.get(deadLetters(stack), administrator());
        assertThat(listed.status()).isEqualTo(200);
        for (JsonNode sequence : listed.body().path("sequences")) {
            if (GROUP.equals(sequence.path("processingGroup").asText())
                && caseId.equals(sequence.path("sequenceId").asText())) {
                return sequence;
            }
        }
        return null;
    }

    private static JsonNode retry(FaultableStack stack, String caseId) {
        HttpJson.Response response = HttpJson.post(
                stack.uriOf(HcirService.REPORTING).resolve("/api/dead-letters/" + GROUP + "/sequences/" + caseId
                                                                   + "/retry"), "", administrator());
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(200);
        return response.body();
    }

    private static String line(String label, String value) {
        return String.format("  %-15s %s%n", label, value);
    }

    private static Map<String, String> administrator() {
        return StackIdentity.actingAs("reliability-admin", "ADMINISTRATOR");
    }

    private static Map<String, String> officer() {
        return StackIdentity.actingAs("reliability-officer", "OFFICER");
    }
}
