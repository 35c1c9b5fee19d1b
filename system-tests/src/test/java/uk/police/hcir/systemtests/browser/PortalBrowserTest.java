package uk.police.hcir.systemtests.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import uk.police.hcir.deploy.local.HcirService;
import uk.police.hcir.systemtests.support.RunningStack;

/**
 * People using the portal in a real browser, against the whole stack started as the local run starts it: every
 * demonstration account signs in to its own home page, the administrator sees every service ready, a bad password
 * is explained, and signing out ends the session. Every page reached is screenshotted and scanned by axe-core.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class PortalBrowserTest {

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

    @BeforeEach
    void signedOut() {
        browser.forgetEverything();
    }

    @ParameterizedTest(name = "{0} lands on the {1} home page")
    @CsvSource({
            "call-handler, Call handler",
            "officer, Officer",
            "supervisor, Supervisor",
            "victim-care, Victim care",
            "auditor, Auditor",
            "analyst, Analyst",
            "administrator, Administrator"})
    void eachDemoAccountSignsInToItsRolesHomePage(String username, String roleTitle) {
        browser.open("/");
        assertThat(browser.path()).isEqualTo("/sign-in");
        browser.checkPage("sign-in");

        browser.signIn(username, DEMO_PASSWORD);

        assertThat(browser.path()).isEqualTo("/home/" + username);
        assertThat(browser.heading()).isEqualTo(roleTitle);
        assertThat(browser.title()).isEqualTo(roleTitle + " – Hate Crime Initial Response");
        assertThat(browser.find(By.cssSelector(".hcir-signed-in-as strong")).getText()).isEqualTo(username);
        browser.checkPage("home-" + username);
    }

    @Test
    void theAdministratorOpensServiceStatusAndSeesEveryServiceReady() {
        browser.open("/sign-in").signIn("administrator", DEMO_PASSWORD);
        browser.find(By.linkText("Service status")).click();

        assertThat(browser.path()).isEqualTo("/admin/service-status");
        assertThat(browser.heading()).isEqualTo("Service status");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            browser.open("/admin/service-status");
            assertThat(rowsOfServiceStatus()).containsExactly(
                    "Intake Ready", "Case Ready", "Victim contact Ready", "Reporting Ready");
        });
        browser.checkPage("admin-service-status");
    }

    @Test
    void aBadPasswordShowsTheErrorSummary() {
        browser.open("/sign-in").signIn("officer", "not-the-password");

        assertThat(browser.path()).isEqualTo("/sign-in");
        assertThat(browser.title()).startsWith("Error: ");
        WebElement summary = browser.find(By.cssSelector(".govuk-error-summary"));
        assertThat(summary.isDisplayed()).isTrue();
        assertThat(summary.findElement(By.cssSelector(".govuk-error-summary__list a")).getText())
                .isEqualTo("Enter a correct username and password");
        assertThat(browser.focused().getAttribute("class")).as("GOV.UK Frontend moves focus to the summary")
                                                             .contains("govuk-error-summary");
        assertThat(browser.find(By.id("username")).getAttribute("value")).isEqualTo("officer");
        assertThat(browser.find(By.id("password")).getAttribute("value")).isEmpty();
        browser.checkPage("sign-in-bad-password");

        summary.findElement(By.linkText("Enter a correct username and password")).click();
        assertThat(browser.focused().getAttribute("id")).isEqualTo("username");
    }

    @Test
    void anEmptySignInNamesBothMissingFields() {
        browser.open("/sign-in").signIn("", "");

        assertThat(browser.findAll(By.cssSelector(".govuk-error-summary__list a")))
                .extracting(WebElement::getText)
                .containsExactly("Enter your username", "Enter your password");
        browser.checkPage("sign-in-empty");
    }

    @Test
    void signingOutEndsTheSession() {
        browser.open("/sign-in").signIn("auditor", DEMO_PASSWORD);
        assertThat(browser.path()).isEqualTo("/home/auditor");

        browser.signOut();

        assertThat(browser.path()).isEqualTo("/sign-in");
        assertThat(browser.find(By.cssSelector(".govuk-notification-banner__heading")).getText())
                .isEqualTo("You have signed out");
        browser.checkPage("signed-out");
        browser.open("/home/auditor");
        assertThat(browser.path()).isEqualTo("/sign-in");
        assertThat(browser.findAll(By.cssSelector(".govuk-notification-banner"))).isEmpty();
    }

    @Test
    void aPageForAnotherRoleIsRefusedWithTheGovukAccessDeniedPage() {
        browser.open("/sign-in").signIn("officer", DEMO_PASSWORD);

        browser.open("/admin/service-status");

        assertThat(browser.heading()).isEqualTo("You do not have access to this page");
        browser.checkErrorPage("error-403");
        browser.find(By.linkText("Go to your home page")).click();
        assertThat(browser.path()).isEqualTo("/home/officer");
    }

    @Test
    void aMissingPageShowsTheGovukPageNotFound() {
        browser.open("/sign-in").signIn("analyst", DEMO_PASSWORD);

        browser.open("/no-such-page");

        assertThat(browser.heading()).isEqualTo("Page not found");
        browser.checkErrorPage("error-404");
    }

    @Test
    void theSkipLinkTakesKeyboardUsersToTheMainContent() {
        browser.open("/sign-in").signIn("supervisor", DEMO_PASSWORD);

        WebElement skipLink = browser.find(By.cssSelector("a.govuk-skip-link"));
        assertThat(skipLink.getAttribute("href")).endsWith("#main-content");
        skipLink.sendKeys(Keys.ENTER);

        assertThat(browser.focused().getAttribute("id")).isEqualTo("main-content");
    }

    @Test
    void signingInAndOutWorksWithoutJavaScript() {
        try (Browser noScript = Browser.startWithoutJavaScript(
                RunningStack.get().service(HcirService.PORTAL).baseUri())) {
            noScript.open("/sign-in").signIn("officer", "not-the-password");
            assertThat(noScript.find(By.cssSelector(".govuk-error-summary__list a")).getText())
                    .isEqualTo("Enter a correct username and password");
            noScript.checkPage("no-javascript-sign-in-bad-password");

            noScript.signIn("officer", DEMO_PASSWORD);
            assertThat(noScript.path()).isEqualTo("/home/officer");
            noScript.checkPage("no-javascript-home-officer");

            noScript.signOut();
            assertThat(noScript.find(By.cssSelector(".govuk-notification-banner__heading")).getText())
                    .isEqualTo("You have signed out");
        }
    }

    private static List<String> rowsOfServiceStatus() {
        return browser.findAll(By.cssSelector("#service-status tbody tr")).stream()
                      .map(row -> row.findElement(By.tagName("th")).getText() + " "
                              + row.findElement(By.cssSelector(".govuk-tag")).getText())
                      .toList();
    }
}
