package uk.police.hcir.systemtests.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
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
import uk.police.hcir.systemtests.support.HttpJson;
import uk.police.hcir.systemtests.support.RunningStack;
import uk.police.hcir.systemtests.support.StackIdentity;

/**
 * Reports made in a real browser against the whole stack: a call handler records a call, is told what is missing,
 * corrects it and gets a reference, and the case opens in the case service; a member of the public reports
 * anonymously; a reporting centre reports on a victim's behalf and checks its report; and the call handler's form
 * works with JavaScript switched off. Every page reached is screenshotted and scanned by axe-core.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class CallHandlerJourneyBrowserTest {

    private static final String DEMO_PASSWORD = "hcir-demo-password";
    private static final String DEMO_CENTRE_KEY = "local-demo-shin-norwich-library-credential";

    private static LocalStack stack;
    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        assertThat(Browser.isInstalled()).as("Debian's chromium and chromium-driver are installed").isTrue();
        stack = RunningStack.get();
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
    void aCallHandlerRecordsACallCorrectsWhatWasMissingAndTheCaseOpens() {
        browser.open("/sign-in").signIn("call-handler", DEMO_PASSWORD);
        browser.find(By.linkText("Record a call")).click();
        assertThat(browser.path()).isEqualTo("/reports/new");
        assertThat(browser.heading()).isEqualTo("Record a call");
        assertThat(browser.find(By.cssSelector("label[for=strands]")).isDisplayed())
                .as("what it was about is asked only after a yes").isFalse();
        browser.checkPage("record-call");

        fillInACall(browser, "<b>Two men</b> shouted abuse at the caller about her headscarf outside the shop.");
        browser.submitWith(browser.find(By.id("record-report")));

        assertThat(browser.title()).startsWith("Error: ");
        assertThat(browser.findAll(By.cssSelector(".govuk-error-summary__list a")))
                .extracting(WebElement::getText)
                .containsExactly("Select what the hostility or prejudice was about");
        assertThat(browser.find(By.id("whatHappened")).getAttribute("value"))
                .as("the answers are kept, and markup typed in stays text")
                .isEqualTo("<b>Two men</b> shouted abuse at the caller about her headscarf outside the shop.");
        assertThat(browser.find(By.cssSelector("label[for=strands]")).isDisplayed()).as("the yes is kept, so its follow-ups show")
                                                                .isTrue();
        browser.checkPage("record-call-missing-strand");
        browser.find(By.cssSelector(".govuk-error-summary__list a")).click();
        assertThat(browser.focused().getAttribute("id")).isEqualTo("strands");

        choose(browser, "strands-2");
        browser.submitWith(browser.find(By.id("record-report")));

        assertThat(browser.path()).isEqualTo("/reports/new/confirmation");
        assertThat(browser.find(By.cssSelector(".govuk-panel__title")).getText()).isEqualTo("Report recorded");
        String reference = browser.find(By.id("report-reference")).getText();
        assertThat(reference).isNotBlank();
        browser.checkPage("call-recorded");

        URI search = stack.service(HcirService.CASE).baseUri()
                          .resolve("/api/cases?reference=" + URLEncoder.encode(reference, StandardCharsets.UTF_8));
        JsonNode cases = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                                .until(() -> HttpJson.get(search, officer()).body(),
                                       body -> body != null && body.isArray() && body.size() == 1);
        JsonNode opened = cases.get(0);
        assertThat(opened.get("channel").asText()).isEqualTo("CONTROL_ROOM");
        assertThat(opened.get("status").asText()).isEqualTo("OPEN");
        assertThat(opened.get("hostilityPerceived").asBoolean()).isTrue();
        assertThat(opened.get("perceivedStrands").toString()).contains("RELIGION");
    }

    @Test
    void aMemberOfThePublicReportsAnonymouslyWithoutSigningIn() {
        browser.open("/report");
        assertThat(browser.path()).isEqualTo("/report");
        assertThat(browser.heading()).isEqualTo("Report a hate crime or hate incident");
        browser.checkPage("public-report");

        choose(browser, "reporterRole");
        type(browser, "whatHappened", "A man at the next table shouted at me about my wheelchair and pushed it.");
        type(browser, "location", "Café on Magdalen Street, Norwich");
        typeYesterday(browser, "occurred");
        choose(browser, "perception");
        choose(browser, "strands-4");
        choose(browser, "giveDetails-2");
        browser.submitWith(browser.find(By.id("send-report")));

        assertThat(browser.path()).as(errorsShown(browser)).isEqualTo("/report/confirmation");
        assertThat(browser.find(By.cssSelector(".govuk-panel__title")).getText()).isEqualTo("Report sent");
        assertThat(browser.find(By.id("report-reference")).getText()).isNotBlank();
        browser.checkPage("public-report-sent");
    }

    @Test
    void aReportingCentreReportsOnAVictimsBehalfAndChecksWhereItStands() {
        String centreReference = "SHIN/TEST/" + System.nanoTime();
        browser.open("/partner");
        browser.checkPage("partner-report");

        type(browser, "centreKey", DEMO_CENTRE_KEY);
        type(browser, "centreReference", centreReference);
        type(browser, "whatHappened", "Neighbours have written slurs about the victim's religion on her door.");
        type(browser, "location", "Rosary Road, Norwich");
        typeYesterday(browser, "occurred");
        choose(browser, "perception");
        choose(browser, "perceivedBy");
        choose(browser, "strands-2");
        choose(browser, "policeContact-2");
        choose(browser, "referralToSupport");
        type(browser, "victimName", "Fatima Begum");
        browser.submitWith(browser.find(By.id("send-report")));

        assertThat(browser.path()).as(errorsShown(browser)).isEqualTo("/partner/confirmation");
        String reference = browser.find(By.id("report-reference")).getText();
        assertThat(browser.find(By.tagName("main")).getText()).doesNotContain(DEMO_CENTRE_KEY);
        browser.checkPage("partner-report-sent");

        browser.find(By.linkText("Check a report your centre sent")).click();
        type(browser, "lookupKey", DEMO_CENTRE_KEY);
        type(browser, "lookupReference", centreReference);
        browser.submitWith(browser.find(By.id("check-report")));

        assertThat(browser.find(By.id("report-status")).getText()).contains(reference)
                                                                  .contains("Received by the police");
        assertThat(browser.find(By.id("lookupKey")).getAttribute("value")).as("the key is never shown back")
                                                                         .isEmpty();
        browser.checkPage("partner-report-status");
    }

    @Test
    void theCallHandlersDuplicateQueueOpens() {
        browser.open("/sign-in").signIn("call-handler", DEMO_PASSWORD);
        browser.find(By.linkText("Possible duplicates")).click();

        assertThat(browser.path()).isEqualTo("/reports/duplicates");
        assertThat(browser.heading()).isEqualTo("Possible duplicates");
        browser.checkPage("possible-duplicates");
    }

    @Test
    void theCallHandlersFormWorksWithoutJavaScript() {
        try (Browser noScript = Browser.startWithoutJavaScript(stack.service(HcirService.PORTAL).baseUri())) {
            noScript.open("/sign-in").signIn("call-handler", DEMO_PASSWORD);
            noScript.open("/reports/new");
            assertThat(noScript.find(By.cssSelector("label[for=strands]")).isDisplayed())
                    .as("without JavaScript every follow-up question shows").isTrue();
            noScript.checkPage("record-call-no-javascript");

            fillInACall(noScript, "Someone threw eggs at the caller's window and shouted homophobic abuse.");
            choose(noScript, "strands-3");
            noScript.submitWith(noScript.find(By.id("record-report")));

            assertThat(noScript.path()).isEqualTo("/reports/new/confirmation");
            assertThat(noScript.find(By.id("report-reference")).getText()).isNotBlank();
            noScript.checkPage("call-recorded-no-javascript");
        }
    }

    /** What the page says is wrong, if anything, for a failure's description. */
    private static String errorsShown(Browser on) {
        List<WebElement> errors = on.findAll(By.cssSelector(".govuk-error-summary__list a"));
        return errors.isEmpty() ? "page: " + on.heading()
                : "errors: " + errors.stream().map(WebElement::getText).toList();
    }

    /** Every answer a call needs except what the hostility was about. */
    private static void fillInACall(Browser on, String whatHappened) {
        choose(on, "reporterRole");
        type(on, "whatHappened", whatHappened);
        type(on, "location", "Spar, 12 Dereham Road, Norwich");
        typeYesterday(on, "occurred");
        type(on, "occurredTime", "21:15");
        choose(on, "perception");
        choose(on, "perceivedBy");
        type(on, "ownWords", "They only shout at me because of who I am.");
        for (String element : new String[] {"threat", "harm", "risk", "investigation", "vulnerability",
                                            "engagement"}) {
            choose(on, element + "-2");
        }
        choose(on, "grade-2");
        choose(on, "policeContact");
        type(on, "victimName", "Amira Hussain");
        type(on, "victimPhone", "07700 900123");
        choose(on, "referralToSupport");
    }

    private static void typeYesterday(Browser on, String prefix) {
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1);
        type(on, prefix + "Day", String.valueOf(yesterday.getDayOfMonth()));
        type(on, prefix + "Month", String.valueOf(yesterday.getMonthValue()));
        type(on, prefix + "Year", String.valueOf(yesterday.getYear()));
    }

    private static void type(Browser on, String id, String text) {
        WebElement field = on.find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Chooses a radio or ticks a checkbox by its label, as a person would. */
    private static void choose(Browser on, String id) {
        on.find(By.cssSelector("label[for='" + id + "']")).click();
    }

    private static Map<String, String> officer() {
        return StackIdentity.actingAs("pc-2002", "OFFICER");
    }
}
