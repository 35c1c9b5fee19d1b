package uk.police.hcir.systemtests.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import uk.police.hcir.deploy.local.HcirService;
import uk.police.hcir.deploy.local.LocalStack;
import uk.police.hcir.intake.support.SampleReports;
import uk.police.hcir.systemtests.support.HttpJson;
import uk.police.hcir.systemtests.support.RunningStack;
import uk.police.hcir.systemtests.support.StackIdentity;

/**
 * An officer works a case from a control room report in a real browser: finds it, takes it, records the perceived
 * motivation, assesses the risk seeing the score as they answer, makes the recording decision (after being told
 * what was missing), and records an arrest; a supervisor then approves the high-risk case. Every page reached is
 * screenshotted and scanned by axe-core.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class OfficerJourneyBrowserTest {

    private static final String DEMO_PASSWORD = "hcir-demo-password";

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        assertThat(Browser.isInstalled()).as("Debian's chromium and chromium-driver are installed").isTrue();
        browser = Browser.start(RunningStack.get().service(HcirService.PORTAL).baseUri());
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anOfficerWorksAControlRoomReportAndASupervisorApprovesIt() {
        LocalStack stack = RunningStack.get();
        String caseId = reportToTheControlRoom(stack);
        String reference = openedCaseReference(stack, caseId);

        browser.forgetEverything().open("/sign-in").signIn("officer", DEMO_PASSWORD);

        // Find the new case by its reference and take it.
        browser.find(By.linkText("Find a case")).click();
        assertThat(browser.path()).isEqualTo("/cases/search");
        browser.checkPage("officer-find-a-case");
        browser.find(By.id("reference")).sendKeys(reference);
        browser.submitWith(browser.find(By.id("search")));
        browser.checkPage("officer-find-a-case-results");
        browser.find(By.linkText(reference)).click();
        assertThat(browser.heading()).isEqualTo("Case " + reference);
        assertThat(browser.find(By.id("task-decision-status")).getText()).startsWith("Due in");
        browser.checkPage("officer-case-new");

        browser.find(By.linkText("Allocation")).click();
        browser.checkPage("officer-allocation");
        browser.find(By.id("team")).sendKeys("NORWICH-EAST");
        assertThat(browser.find(By.id("officer")).getAttribute("value")).isEqualTo("officer");
        browser.submitWith(browser.find(By.id("save")));
        assertThat(banner()).isEqualTo("Case allocated");

        // It is now in the officer's own queue.
        browser.open("/cases/mine");
        assertThat(browser.heading()).isEqualTo("Your cases");
        browser.checkPage("officer-your-cases");
        browser.find(By.cssSelector("tr[data-case-id='" + caseId + "'] a")).click();
        assertThat(browser.path()).isEqualTo("/cases/" + caseId);

        // The perceived motivation, as the victim gave it to the officer later.
        browser.find(By.linkText("Perceived motivation")).click();
        browser.checkPage("officer-motivation");
        browser.find(By.cssSelector("label[for=hostility]")).click();
        browser.find(By.cssSelector("label[for=perceivedBy]")).click();
        browser.find(By.cssSelector("label[for=strands]")).click();
        browser.find(By.id("ownWords")).sendKeys("They shouted at me because of my colour.");
        browser.submitWith(browser.find(By.id("save")));
        assertThat(banner()).isEqualTo("Motivation recorded");

        // The risk assessment: the score follows the answers.
        browser.find(By.linkText("Risk assessment")).click();
        browser.checkPage("officer-risk-assessment");
        assertThat(browser.find(By.id("risk-score-points")).getText()).isEqualTo("0");
        browser.find(By.cssSelector("label[for=answer-H1]")).click();
        assertThat(browser.find(By.id("risk-score-points")).getText()).isEqualTo("3");
        assertThat(browser.find(By.id("risk-score-level")).getText()).isEqualTo("Standard risk");
        browser.find(By.cssSelector("label[for=answer-O4]")).click();
        assertThat(browser.find(By.id("risk-score-points")).getText()).isEqualTo("7");
        assertThat(browser.find(By.id("risk-score-level")).getText()).isEqualTo("High risk");
        for (WebElement no : browser.findAll(By.cssSelector("input.hcir-risk-answer[value=NO]"))) {
            String name = no.getAttribute("name");
            if (!name.equals("answer-H1") && !name.equals("answer-O4")) {
                browser.find(By.cssSelector("label[for='" + no.getAttribute("id") + "']")).click();
            }
        }
        assertThat(browser.find(By.id("risk-score-answered")).getText()).startsWith("23 of 23");
        browser.checkPage("officer-risk-assessment-answered");
        browser.submitWith(browser.find(By.id("save")));
        assertThat(banner()).isEqualTo("Risk assessed: score 7, high risk");
        assertThat(browser.find(By.id("summary-risk")).getText()).startsWith("High");

        // The recording decision, first without the crime number.
        browser.find(By.linkText("Recording decision")).click();
        assertThat(browser.find(By.id("deadline")).getText()).contains("due within 24 hours");
        browser.checkPage("officer-recording-decision");
        browser.find(By.cssSelector("label[for=decision]")).click();
        browser.find(By.id("offenceCode")).sendKeys("8/76");
        new Select(browser.find(By.id("offenceGroup"))).selectByValue("PUBLIC_ORDER");
        browser.find(By.id("reason")).sendKeys("Racially aggravated public order offence: abuse and spitting.");
        browser.submitWith(browser.find(By.id("save")));
        assertThat(browser.title()).startsWith("Error: ");
        assertThat(browser.findAll(By.cssSelector(".govuk-error-summary__list a")))
                .extracting(WebElement::getText).containsExactly("Enter the crime number");
        assertThat(browser.focused().getAttribute("class")).contains("govuk-error-summary");
        browser.checkPage("officer-recording-decision-error");
        browser.find(By.linkText("Enter the crime number")).click();
        assertThat(browser.focused().getAttribute("id")).isEqualTo("crimeNumber");
        browser.find(By.id("crimeNumber")).sendKeys("37/" + caseId.substring(0, 6) + "/26");
        browser.submitWith(browser.find(By.id("save")));
        assertThat(banner()).isEqualTo("Recording decision made");
        assertThat(browser.find(By.id("summary-decision")).getText()).startsWith("Crime, crime number 37/");

        // An arrest, nine days ago.
        browser.find(By.linkText("Investigative milestones")).click();
        browser.checkPage("officer-milestone");
        LocalDate arrested = LocalDate.now(ZoneId.of("Europe/London")).minusDays(9);
        browser.find(By.cssSelector("label[for=milestone]")).click();
        browser.find(By.id("reachedAt-day")).sendKeys(String.valueOf(arrested.getDayOfMonth()));
        browser.find(By.id("reachedAt-month")).sendKeys(String.valueOf(arrested.getMonthValue()));
        browser.find(By.id("reachedAt-year")).sendKeys(String.valueOf(arrested.getYear()));
        browser.submitWith(browser.find(By.id("save")));
        assertThat(banner()).isEqualTo("Milestone recorded");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            browser.open("/cases/" + caseId);
            assertThat(browser.findAll(By.cssSelector("#milestones td"))).extracting(WebElement::getText)
                                                                         .contains("Arrest");
            assertThat(browser.find(By.id("timeline")).getText()).contains("Risk assessed");
        });
        browser.checkPage("officer-case-worked");
        browser.signOut();

        // The supervisor approves the high-risk case.
        browser.signIn("supervisor", DEMO_PASSWORD);
        browser.find(By.linkText("Cases to review")).click();
        browser.checkPage("supervisor-reviews");
        browser.find(By.cssSelector("tr[data-case-id='" + caseId + "'] a[href$='/supervision/reviews/" + caseId
                                            + "']")).click();
        assertThat(browser.heading()).isEqualTo("Review the case");
        browser.checkPage("supervisor-review");
        browser.find(By.cssSelector("label[for=outcome]")).click();
        browser.find(By.cssSelector("label[for=referral-NOT_NEEDED]")).click();
        browser.find(By.id("comments")).sendKeys("Safeguarding plan in place; no panel referral needed.");
        browser.submitWith(browser.find(By.id("save")));
        assertThat(banner()).isEqualTo("Case " + reference + " approved");
        assertThat(browser.findAll(By.cssSelector("tr[data-case-id='" + caseId + "']"))).isEmpty();
        browser.checkPage("supervisor-reviews-after-approval");

        browser.find(By.linkText("Overdue work")).click();
        browser.checkPage("supervisor-overdue");
        browser.signOut();
    }

    @Test
    void withoutJavaScriptTheRiskScoreIsShownWhenTheAnswersAreSubmitted() {
        LocalStack stack = RunningStack.get();
        String caseId = reportToTheControlRoom(stack);
        openedCaseReference(stack, caseId);
        try (Browser noScript = Browser.startWithoutJavaScript(stack.service(HcirService.PORTAL).baseUri())) {
            noScript.open("/sign-in").signIn("officer", DEMO_PASSWORD);
            noScript.open("/cases/" + caseId + "/risk-assessment");
            assertThat(noScript.find(By.id("risk-score")).getText()).contains("Standard risk");
            noScript.find(By.cssSelector("label[for=answer-O4]")).click();
            noScript.find(By.cssSelector("label[for=answer-H1]")).click();
            noScript.submitWith(noScript.find(By.id("save")));

            assertThat(noScript.title()).startsWith("Error: ");
            assertThat(noScript.findAll(By.cssSelector(".govuk-error-summary__list a"))).hasSize(21);
            assertThat(noScript.find(By.id("risk-score-points")).getText()).isEqualTo("7");
            assertThat(noScript.find(By.id("risk-score-level")).getText()).isEqualTo("High risk");
            assertThat(noScript.find(By.id("answer-O4")).isSelected()).isTrue();
            noScript.checkPage("no-javascript-risk-assessment-score");
        }
    }

    @Test
    void aChangeToACaseSomeoneElseChangedMeanwhileIsExplainedAndCanBeSubmittedAgain() {
        LocalStack stack = RunningStack.get();
        String caseId = reportToTheControlRoom(stack);
        openedCaseReference(stack, caseId);
        browser.forgetEverything().open("/sign-in").signIn("officer", DEMO_PASSWORD);
        browser.open("/cases/" + caseId + "/allocation");
        browser.find(By.id("team")).sendKeys("NORWICH-EAST");

        // Meanwhile a colleague records an interview.
        URI caseUri = stack.service(HcirService.CASE).baseUri().resolve("/api/cases/" + caseId);
        long version = HttpJson.get(caseUri, reader()).body().get("version").asLong();
        HttpJson.Response interview = HttpJson.post(URI.create(caseUri + "/milestones"), SampleReports.json(Map.of(
                "expectedVersion", version, "milestone", "INTERVIEW",
                "reachedAt", Instant.now().minusSeconds(3600).toString())),
                StackIdentity.actingAs("pc-colleague", "OFFICER"));
        assertThat(interview.status()).as("%s", interview.body()).isEqualTo(204);

        browser.submitWith(browser.find(By.id("save")));
        assertThat(browser.title()).startsWith("Error: ");
        assertThat(browser.find(By.id("case-changed")).getText())
                .contains("Someone else changed this case while you were working on it")
                .contains("Investigative milestone reached by pc-colleague (Officer)")
                .contains("submit again");
        assertThat(browser.find(By.id("team")).getAttribute("value")).isEqualTo("NORWICH-EAST");
        browser.checkPage("officer-stale-edit");

        browser.submitWith(browser.find(By.id("save")));
        assertThat(banner()).isEqualTo("Case allocated");
    }

    private static String reportToTheControlRoom(LocalStack stack) {
        URI intake = stack.service(HcirService.INTAKE).baseUri();
        Map<String, String> callHandler = StackIdentity.actingAs("ch-1001", "CALL_HANDLER", "X-Correlation-Id", UUID.randomUUID().toString());
        HttpJson.Response received = HttpJson.post(intake.resolve("/api/control-room/reports"),
                                                   SampleReports.json(SampleReports.controlRoom()), callHandler);
        assertThat(received.status()).as("%s", received.body()).isEqualTo(201);
        return received.body().get("reportId").asText();
    }

    private static String openedCaseReference(LocalStack stack, String caseId) {
        URI caseUri = stack.service(HcirService.CASE).baseUri().resolve("/api/cases/" + caseId);
        JsonNode opened = await().atMost(Duration.ofSeconds(90)).until(
                () -> HttpJson.get(caseUri, reader()), response -> response.status() == 200).body();
        return opened.get("reportReference").asText();
    }

    private static String banner() {
        List<WebElement> banners = browser.findAll(By.cssSelector("#done .govuk-notification-banner__heading"));
        assertThat(banners).as("a success banner on %s", browser.path()).hasSize(1);
        return banners.get(0).getText();
    }

    private static Map<String, String> reader() {
        return StackIdentity.actingAs("journey-test", "OFFICER");
    }
}
