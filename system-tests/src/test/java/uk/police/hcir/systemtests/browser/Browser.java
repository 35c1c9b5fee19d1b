package uk.police.hcir.systemtests.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium, driven by Debian's chromedriver, so that nothing is downloaded. Every page a test
 * reaches is checked the same way by {@link #checkPage(String)}: a screenshot under {@code target/screenshots},
 * an axe-core scan that allows no serious or critical violation, and no error in the browser's console (which is
 * where a blocked script, a Content-Security-Policy violation or a missing file shows).
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final List<String> FAILING_IMPACTS = List.of("serious", "critical");

    private final URI baseUri;
    private final Path profileDirectory;
    private final ChromeDriver driver;
    private final boolean javaScript;
    private final Path screenshots;

    private Browser(URI baseUri, boolean javaScript) {
        this.baseUri = baseUri;
        this.javaScript = javaScript;
        try {
            this.profileDirectory = Files.createTempDirectory("hcir-chromium-");
            this.screenshots = Files.createDirectories(
                    Path.of(System.getProperty("basedir", "."), "target", "screenshots"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                             "--disable-background-networking", "--disable-component-update", "--disable-sync",
                             "--no-first-run", "--no-default-browser-check", "--window-size=1280,1000",
                             "--user-data-dir=" + profileDirectory);
        if (!javaScript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    public static Browser start(URI baseUri) {
        return new Browser(baseUri, true);
    }

    /** A browser with JavaScript switched off, as some users have it; pages are not scanned by axe in it. */
    public static Browser startWithoutJavaScript(URI baseUri) {
        return new Browser(baseUri, false);
    }

    public static boolean isInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    public Browser open(String path) {
        driver.get(baseUri.resolve(path).toString());
        return this;
    }

    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    public String query() {
        return URI.create(driver.getCurrentUrl()).getQuery();
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String title() {
        return driver.getTitle();
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Fills in and sends the sign-in form, from wherever the browser is. */
    public Browser signIn(String username, String password) {
        if (!"/sign-in".equals(path())) {
            open("/sign-in");
        }
        WebElement usernameField = driver.findElement(By.id("username"));
        usernameField.clear();
        usernameField.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        return submitWith(driver.findElement(By.id("sign-in")));
    }

    public Browser signOut() {
        return submitWith(driver.findElement(By.cssSelector("form.hcir-sign-out button")));
    }

    /** Clicks a form's button and waits until the page it leads to has replaced this one. */
    public Browser submitWith(WebElement button) {
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(page -> isGone(button));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(
                page -> "complete".equals(driver.executeScript("return document.readyState")));
        return this;
    }

    /**
     * Whether the element's page has been replaced. Chromium answers a question about an element of a page it has
     * already left either as a stale element or, mid-navigation, as a node that no longer belongs to the document.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** The text of a download as this browser, signed in, gets it, without leaving the page. */
    public String download(String path) {
        Object text = driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done,"
                        + " e => done('failed: ' + e));", path);
        return String.valueOf(text);
    }

    public Browser forgetEverything() {
        driver.manage().deleteAllCookies();
        driver.manage().logs().get(LogType.BROWSER);
        return this;
    }

    /** Keeps a screenshot of the page, then checks it for accessibility and console errors. */
    public Browser checkPage(String name) {
        return check(name, false);
    }

    /** As {@link #checkPage}, for a page that is itself an error response, which the console reports as such. */
    public Browser checkErrorPage(String name) {
        return check(name, true);
    }

    private Browser check(String name, boolean pageIsAnErrorResponse) {
        screenshot(name);
        if (javaScript) {
            assertNoSeriousAccessibilityViolations(name);
        }
        assertNoConsoleErrors(name, pageIsAnErrorResponse ? driver.getCurrentUrl() + " - " : null);
        return this;
    }

    public Path screenshot(String name) {
        Path file = screenshots.resolve(name + ".png");
        try {
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private void assertNoSeriousAccessibilityViolations(String name) {
        Results results = new AxeBuilder().analyze(driver);
        List<String> failing = new ArrayList<>();
        for (Rule violation : results.getViolations()) {
            if (FAILING_IMPACTS.contains(violation.getImpact())) {
                failing.add(violation.getImpact() + " " + violation.getId() + ": " + violation.getHelp() + " at "
                                    + violation.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                                                       .toList());
            }
        }
        assertThat(results.isErrored()).as("axe-core ran on %s", name).isFalse();
        assertThat(failing).as("serious or critical accessibility violations on %s", name).isEmpty();
    }

    private void assertNoConsoleErrors(String name, String ownResponsePrefix) {
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                                    .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                                    .map(LogEntry::getMessage)
                                    .filter(message -> ownResponsePrefix == null
                                            || !message.startsWith(ownResponsePrefix))
                                    .toList();
        assertThat(errors).as("errors in the browser console on %s", name).isEmpty();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profileDirectory)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
