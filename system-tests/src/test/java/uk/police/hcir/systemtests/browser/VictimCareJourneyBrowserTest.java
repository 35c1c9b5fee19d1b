package uk.police.hcir.systemtests.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
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
import uk.police.hcir.deploy.local.HcirService;
import uk.police.hcir.deploy.local.LocalStack;
import uk.police.hcir.intake.support.SampleReports;
import uk.police.hcir.systemtests.support.HttpJson;
import uk.police.hcir.systemtests.support.RunningStack;
import uk.police.hcir.systemtests.support.StackIdentity;

/**
 * Victim care in a real browser: a hate crime victim not told of an arrest nine days ago shows in the overdue
 * updates; the victim care officer opens the victim, assesses their needs, refers them with their consent and
 * records the update, after which it no longer shows as due. Every page reached is screenshotted and scanned.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class VictimCareJourneyBrowserTest {

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
    void victimCareRecordsTheOverdueUpdateAndItIsNoLongerDue() {
        LocalStack stack = RunningStack.get();
        String caseId = aVictimNotToldOfAnArrest(stack);

        browser.forgetEverything().open("/sign-in").signIn("victim-care", DEMO_PASSWORD);
        browser.find(By.linkText("Updates due")).click();
        assertThat(browser.heading()).isEqualTo("Updates due");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            browser.open("/victim-care/updates");
            assertThat(browser.findAll(By.cssSelector("#overdue tr[data-case-id='" + caseId + "']"))).hasSize(1);
        });
        browser.checkPage("victim-care-updates-due");

        browser.find(By.linkText("Needs assessments")).click();
        browser.checkPage("victim-care-needs-assessments");
        browser.find(By.cssSelector("#needs tr[data-case-id='" + caseId + "'] a")).click();
        assertThat(browser.path()).isEqualTo("/victim-care/victims/" + caseId);
        assertThat(browser.find(By.id("next-update-due")).getText()).contains("(Arrest)").contains("Overdue");
        browser.checkPage("victim-care-victim");

        browser.find(By.id("assess-needs")).click();
        browser.checkPage("victim-care-needs-assessment");
        for (WebElement no : browser.findAll(By.cssSelector("input[type=radio][value=NO]"))) {
            browser.find(By.cssSelector("label[for='" + no.getAttribute("id") + "']")).click();
        }
        browser.find(By.cssSelector("label[for=need-EMOTIONAL_SUPPORT]")).click();
        browser.find(By.cssSelector("label[for=outcome-SUPPORT_NEEDED]")).click();
        browser.submitWith(browser.find(By.id("save")));
        assertThat(banner()).isEqualTo("Needs assessment recorded");
        assertThat(browser.find(By.id("needs-outcome")).getText()).startsWith("Support needed");

        browser.find(By.id("refer")).click();
        assertThat(browser.find(By.id("consent-given")).getText()).contains("consented to a referral");
        browser.checkPage("victim-care-referral");
        browser.find(By.cssSelector("label[for=service]")).click();
        browser.find(By.cssSelector("label[for=consent]")).click();
        browser.submitWith(browser.find(By.id("save")));
        assertThat(banner()).isEqualTo("Referral made");

        browser.find(By.id("record-update")).click();
        browser.checkPage("victim-care-record-update");
        browser.submitWith(browser.find(By.id("save")));
        assertThat(browser.find(By.id("method")).isSelected()).as("the victim's preferred method").isTrue();
        assertThat(browser.findAll(By.cssSelector(".govuk-error-summary__list a"))).extracting(WebElement::getText)
                .containsExactly("Enter what you told the victim");
        browser.checkPage("victim-care-record-update-error");
        browser.find(By.linkText("Enter what you told the victim")).click();
        assertThat(browser.focused().getAttribute("id")).isEqualTo("summary");
        browser.find(By.id("summary")).sendKeys("Told them of the arrest and what happens next.");
        browser.submitWith(browser.find(By.id("save")));
        assertThat(banner()).isEqualTo("Update recorded");
        assertThat(browser.findAll(By.cssSelector("#contacts tbody tr"))).hasSize(1);
        browser.checkPage("victim-care-victim-updated");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            browser.open("/victim-care/updates");
            assertThat(browser.findAll(By.cssSelector("tr[data-case-id='" + caseId + "']"))).isEmpty();
        });
        browser.checkPage("victim-care-updates-after");
        browser.signOut();
    }

    /** A hate crime reported to the control room, whose victim consents to referral, and an arrest nine days ago. */
    private static String aVictimNotToldOfAnArrest(LocalStack stack) {
        URI intake = stack.service(HcirService.INTAKE).baseUri();
        Map<String, String> callHandler = StackIdentity.actingAs("ch-1001", "CALL_HANDLER", "X-Correlation-Id", UUID.randomUUID().toString());
        HttpJson.Response received = HttpJson.post(intake.resolve("/api/control-room/reports"),
                                                   SampleReports.json(SampleReports.controlRoom()), callHandler);
        assertThat(received.status()).as("%s", received.body()).isEqualTo(201);
        String caseId = received.body().get("reportId").asText();

        URI care = stack.service(HcirService.VICTIM_CONTACT).baseUri().resolve("/api/victims/" + caseId);
        await().atMost(Duration.ofSeconds(90)).until(() -> HttpJson.get(care, victimCare()).body(),
                                                     body -> body != null && body.has("registered")
                                                             && body.get("registered").asBoolean()
                                                             && body.get("enhanced").asBoolean());
        URI caseUri = stack.service(HcirService.CASE).baseUri().resolve("/api/cases/" + caseId);
        long version = await().atMost(Duration.ofSeconds(60)).until(() -> HttpJson.get(caseUri, officer()),
                                                                    response -> response.status() == 200)
                              .body().get("version").asLong();
        HttpJson.Response arrest = HttpJson.post(URI.create(caseUri + "/milestones"), SampleReports.json(Map.of(
                "expectedVersion", version, "milestone", "ARREST",
                "reachedAt", Instant.now().minus(Duration.ofDays(9)).toString())), officer());
        assertThat(arrest.status()).as("%s", arrest.body()).isEqualTo(204);
        return caseId;
    }

    private static String banner() {
        List<WebElement> banners = browser.findAll(By.cssSelector("#done .govuk-notification-banner__heading"));
        assertThat(banners).as("a success banner on %s", browser.path()).hasSize(1);
        return banners.get(0).getText();
    }

    private static Map<String, String> officer() {
        return StackIdentity.actingAs("pc-2002", "OFFICER");
    }

    private static Map<String, String> victimCare() {
        return StackIdentity.actingAs("vc-4004", "VICTIM_CARE");
    }
}
