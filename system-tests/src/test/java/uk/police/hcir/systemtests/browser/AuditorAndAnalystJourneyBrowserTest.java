package uk.police.hcir.systemtests.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.police.hcir.deploy.local.HcirService;
import uk.police.hcir.deploy.local.LocalStack;
import uk.police.hcir.intake.support.SampleReports;
import uk.police.hcir.systemtests.support.HttpJson;
import uk.police.hcir.systemtests.support.RunningStack;
import uk.police.hcir.systemtests.support.StackIdentity;

/**
 * An auditor and an analyst in a real browser, against the whole stack: a report is made and its case worked through
 * the services' APIs; the auditor finds the case by its reference, moves back to see it as it stood before its risk
 * was assessed, verifies its hash chain, prints it and rebuilds a view; the analyst reads the dashboards and
 * downloads the Home Office return. Every page reached is screenshotted and scanned by axe-core.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class AuditorAndAnalystJourneyBrowserTest {

    private static final String DEMO_PASSWORD = "hcir-demo-password";

    private static Browser browser;
    private static String caseId;
    private static String reference;

    @BeforeAll
    static void reportAndWorkACase() {
        assertThat(Browser.isInstalled()).as("Debian's chromium and chromium-driver are installed").isTrue();
        LocalStack stack = RunningStack.get();
        URI intake = stack.service(HcirService.INTAKE).baseUri();
        URI cases = stack.service(HcirService.CASE).baseUri();
        JsonNode accepted = HttpJson.post(intake.resolve("/api/control-room/reports"),
                                          SampleReports.json(SampleReports.controlRoom()),
                                          StackIdentity.actingAs("ch-1001", "CALL_HANDLER", "X-Correlation-Id", UUID.randomUUID().toString())).body();
        caseId = accepted.get("reportId").asText();
        reference = accepted.get("reference").asText();
        URI caseUri = cases.resolve("/api/cases/" + caseId);
        await().atMost(Duration.ofSeconds(60)).until(() -> HttpJson.get(caseUri, officer()).status() == 200);
        command(caseUri, "/flags", Map.of("strands", List.of("RACE"), "online", false));
        command(caseUri, "/recording-decision", Map.of(
                "decision", "CRIME", "offenceCode", "8P", "offenceGroup", "PUBLIC_ORDER",
                "crimeNumber", "NC/26/" + caseId.substring(0, 6), "reason", "Racially aggravated public order"));
        command(caseUri, "/risk-assessments", Map.of("answers", answers("O4", "I1")));
        URI reporting = stack.service(HcirService.REPORTING).baseUri();
        await().atMost(Duration.ofSeconds(90)).until(
                () -> HttpJson.get(reporting.resolve("/api/cases/" + caseId + "/state"), StackIdentity.actingAs("auditor-1", "AUDITOR")).body(),
                state -> state != null && "HIGH".equals(state.path("riskLevel").asText())
                         && "CRIME".equals(state.path("recordingDecision").asText()));
        browser = Browser.start(stack.service(HcirService.PORTAL).baseUri());
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void signedOut() {
        browser.forgetEverything();
    }

    @Test
    void theAuditorReplaysTheCaseVerifiesItsChainPrintsItAndRebuildsAView() {
        browser.open("/sign-in").signIn("auditor", DEMO_PASSWORD);
        browser.find(By.linkText("Case history")).click();
        assertThat(browser.path()).isEqualTo("/audit/cases");
        browser.checkPage("audit-find-case");

        browser.submitWith(browser.find(By.cssSelector("#form button")));
        assertThat(browser.find(By.cssSelector(".govuk-error-summary__list a")).getText())
                .isEqualTo("Enter a case reference or case ID");
        browser.checkPage("audit-find-case-empty");

        browser.find(By.id("case")).sendKeys(reference);
        browser.submitWith(browser.find(By.cssSelector("#form button")));
        assertThat(browser.path()).isEqualTo("/audit/cases/" + caseId);
        assertThat(browser.heading()).isEqualTo(reference);
        assertThat(field("riskLevel")).isEqualTo("HIGH");
        assertThat(field("recordingDecision")).isEqualTo("CRIME");
        browser.checkPage("audit-case-now");

        WebElement flagsRow = browser.findAll(By.cssSelector("#history tbody tr")).stream()
                                     .filter(row -> row.getText().contains("hate-flags-applied"))
                                     .findFirst().orElseThrow();
        browser.submitWith(flagsRow.findElement(By.tagName("a")));
        assertThat(browser.heading()).isEqualTo(reference);
        assertThat(browser.find(By.id("moment-heading")).getText()).startsWith("The case as it stood at ");
        assertThat(field("flaggedStrands")).isEqualTo("RACE");
        assertThat(field("riskLevel")).as("before the risk assessment").isEqualTo("Not recorded");
        assertThat(field("recordingDecision")).isEqualTo("Not recorded");
        assertThat(browser.find(By.cssSelector("#changes tbody")).getText()).contains("Flagged strands");
        browser.checkPage("audit-case-then");

        browser.submitWith(browser.find(By.id("previous-event")));
        assertThat(field("flaggedStrands")).isEqualTo("None");
        browser.submitWith(browser.find(By.id("next-event")));
        assertThat(field("flaggedStrands")).isEqualTo("RACE");

        browser.submitWith(browser.find(By.id("verify")));
        assertThat(browser.find(By.cssSelector("#verification-result")).getText()).startsWith("Intact: all ");
        assertThat(field("riskLevel")).as("verifying keeps the moment shown").isEqualTo("Not recorded");
        browser.checkPage("audit-case-verified");

        String export = browser.download(browser.find(By.id("export-json")).getAttribute("href"));
        assertThat(export).contains("\"caseId\":\"" + caseId + "\"").contains("\"chainHash\"");

        browser.find(By.id("print-link")).click();
        assertThat(browser.path()).isEqualTo("/audit/cases/" + caseId + "/print");
        assertThat(browser.find(By.id("print-verification")).getText()).startsWith("Intact: all ");
        assertThat(browser.findAll(By.cssSelector("#print-history tbody tr")).size()).isGreaterThanOrEqualTo(6);
        browser.checkPage("audit-case-print");

        browser.open("/");
        browser.find(By.linkText("Rebuilds")).click();
        assertThat(browser.path()).isEqualTo("/audit/rebuilds");
        browser.checkPage("audit-rebuilds");
        browser.find(By.cssSelector("input[value=case-state]")).click();
        browser.submitWith(browser.find(By.id("start-rebuild")));
        assertThat(browser.path()).startsWith("/audit/rebuilds/");
        await().atMost(Duration.ofMinutes(2)).untilAsserted(
                () -> assertThat(browser.find(By.id("rebuild-status")).getText()).isEqualTo("SWAPPED"));
        assertThat(browser.find(By.id("rebuild-bar")).getAttribute("value")).isEqualTo("100");
        browser.checkPage("audit-rebuild-progress");
    }

    @Test
    void theAnalystReadsTheDashboardsAndDownloadsTheReturn() {
        browser.open("/sign-in").signIn("analyst", DEMO_PASSWORD);
        browser.find(By.linkText("Dashboards")).click();
        assertThat(browser.path()).isEqualTo("/analysis/dashboards");
        assertThat(browser.findAll(By.cssSelector("section.hcir-dashboard h2")).stream().map(WebElement::getText))
                .contains("Open cases by risk level", "Repeat victims",
                          "How often the perception question was asked, by channel and by team",
                          "Victims' Code compliance: updates and referrals");
        assertThat(browser.findAll(By.cssSelector("#open-cases-by-risk svg[role=img] rect"))).isNotEmpty();
        assertThat(browser.find(By.cssSelector("#open-cases-by-risk table")).getText()).contains("High");
        browser.checkPage("analysis-dashboards");
        String csv = browser.download("/analysis/dashboards/open-cases-by-risk.csv");
        assertThat(csv.lines().findFirst()).contains("riskLevel,cases");

        browser.open("/");
        browser.find(By.linkText("Home Office return")).click();
        assertThat(browser.path()).isEqualTo("/analysis/home-office-return");
        browser.checkPage("analysis-home-office-return");
        browser.submitWith(browser.find(By.cssSelector("#form button")));
        assertThat(browser.find(By.cssSelector(".govuk-error-summary__list a")).getText())
                .isEqualTo("Select the financial year of the return");
        browser.checkPage("analysis-home-office-return-no-year");

        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        int start = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        String year = start + "-" + String.format("%02d", (start + 1) % 100);
        browser.find(By.cssSelector("#financialYear option[value='" + year + "']")).click();
        browser.submitWith(browser.find(By.cssSelector("#form button")));
        assertThat(browser.find(By.id("return-heading")).getText()).startsWith("Return for ");
        assertThat(browser.find(By.cssSelector("#return tbody")).getText()).contains("Public order");
        browser.checkPage("analysis-home-office-return-year");
        String returned = browser.download(browser.find(By.id("download-return")).getAttribute("href"));
        assertThat(returned.lines().findFirst()).hasValueSatisfying(
                header -> assertThat(header).startsWith("Financial year,Offence group,Race"));
        assertThat(returned).containsPattern("Public order offences,[1-9]");
    }

    private static String field(String name) {
        return browser.find(By.cssSelector("#case-state [data-field=" + name + "] dd")).getText();
    }

    /** Sends a command at the case's current version, again if the case changed meanwhile (409). */
    private static void command(URI caseUri, String path, Map<String, Object> body) {
        long[] sentAt = new long[1];
        HttpJson.Response response = await().atMost(Duration.ofSeconds(30)).until(() -> {
            sentAt[0] = HttpJson.get(caseUri, officer()).body().get("version").asLong();
            Map<String, Object> withVersion = new HashMap<>(body);
            withVersion.put("expectedVersion", sentAt[0]);
            return HttpJson.post(URI.create(caseUri + path), SampleReports.json(withVersion), officer());
        }, sent -> sent.status() != 409);
        assertThat(response.status()).as("%s: %s", path, response.body()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(30)).until(
                () -> HttpJson.get(caseUri, officer()).body().get("version").asLong() > sentAt[0]);
    }

    private static Map<String, String> answers(String... yes) {
        Map<String, String> answers = new HashMap<>();
        for (String id : List.of("H1", "H2", "H3", "O1", "O2", "O3", "O4", "O5", "O6", "V1", "V2", "V3", "V4", "V5",
                                 "I1", "I2", "I3", "I4", "I5", "C1", "C2", "W1", "W2")) {
            answers.put(id, "NO");
        }
        for (String id : yes) {
            answers.put(id, "YES");
        }
        return answers;
    }

    private static Map<String, String> officer() {
        return StackIdentity.actingAs("pc-2002", "OFFICER");
    }
}
