package uk.police.hcir.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The whole portal on a real server, as a browser without JavaScript meets it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {"hcir.portal.local-accounts.demo.enabled=true",
                              "server.servlet.session.cookie.secure=false"})
@Import(PortalApplicationTest.FailingPage.class)
class PortalApplicationTest {

    private static final String HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";
    private static final String SECRET_CAUSE = "the connection string was jdbc:secret";

    @LocalServerPort
    int port;

    private HttpClient browser;

    @TestConfiguration
    @RestController
    static class FailingPage {
        @GetMapping("/test/failing-page")
        String fail() {
            throw new IllegalStateException(SECRET_CAUSE);
        }
    }

    @BeforeEach
    void newBrowser() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                            .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Test
    void aStrangerOpeningTheStartPageIsAskedToSignIn() throws Exception {
        HttpResponse<String> page = get("/");

        assertThat(page.uri().getPath()).isEqualTo("/sign-in");
        assertThat(Jsoup.parse(page.body()).select("h1").text()).isEqualTo("Sign in");
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/sign-in", "/no-such-page", "/actuator/health/readiness"}) {
            HttpResponse<String> page = get(path);
            String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();

            assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                           .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        }
    }

    @Test
    void noPageHasAnInlineScriptOrStyle() throws Exception {
        signIn("administrator", "hcir-demo-password");

        for (String path : new String[] {"/sign-in?signed-out", "/home/administrator", "/no-such-page"}) {
            Document page = Jsoup.parse(get(path).body());
            assertThat(page.select("script:not([src])")).as("inline scripts on %s", path).isEmpty();
            assertThat(page.select("style, [style], [onclick], [onload]")).as("inline styles on %s", path).isEmpty();
            assertThat(page.select("script[src]").eachAttr("src")).containsExactly("/js/govuk-init.js");
        }
    }

    @Test
    void theGovukFrontendFilesAreServed() throws Exception {
        assertThat(get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css").statusCode()).isEqualTo(200);
        HttpResponse<String> script = get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
        assertThat(get("/js/govuk-init.js").body()).contains("initAll()");
        assertThat(get("/assets/fonts/bold-b542beb274-v2.woff2").statusCode()).isEqualTo(200);
    }

    @Test
    void aSignedInUserOnAMissingPageSeesTheGovukPageNotFound() throws Exception {
        signIn("officer", "hcir-demo-password");

        HttpResponse<String> page = get("/no-such-page");

        assertThat(page.statusCode()).isEqualTo(404);
        Document html = Jsoup.parse(page.body());
        assertThat(html.select("h1").text()).isEqualTo("Page not found");
        assertThat(html.select(".govuk-service-navigation__service-name").text())
                .isEqualTo("Hate Crime Initial Response");
    }

    @Test
    void aPageForAnotherRoleShowsTheGovukAccessDeniedPage() throws Exception {
        signIn("officer", "hcir-demo-password");

        HttpResponse<String> page = get("/admin/service-status");

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(page.body()).select("h1").text()).isEqualTo("You do not have access to this page");
    }

    @Test
    void anUnexpectedFailureShowsTheGovukErrorPageAndNothingOfItsCause() throws Exception {
        signIn("officer", "hcir-demo-password");

        HttpResponse<String> page = get("/test/failing-page");

        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(Jsoup.parse(page.body()).select("h1").text()).isEqualTo("Sorry, there is a problem with the service");
        assertThat(page.body()).doesNotContain(SECRET_CAUSE, "IllegalStateException", "at uk.police", "Whitelabel");
    }

    @Test
    void theReadinessProbeReportsUpWithoutSigningIn() throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness");

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
    }

    private void signIn(String username, String password) throws IOException, InterruptedException {
        Document signInPage = Jsoup.parse(get("/sign-in").body());
        String csrf = signInPage.select("input[name=_csrf]").attr("value");
        HttpResponse<String> signedIn = post("/sign-in", Map.of("username", username, "password", password,
                                                                "_csrf", csrf));
        assertThat(signedIn.uri().getPath()).as("where signing in led").startsWith("/home/");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", HTML).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                          .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                          .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(uri(path))
                                       .header("Content-Type", "application/x-www-form-urlencoded")
                                       .header("Accept", HTML)
                                       .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
