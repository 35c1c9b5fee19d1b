package uk.police.hcir.portal.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import uk.police.hcir.portal.support.PortalWebTest;
import uk.police.hcir.portal.support.PortalWebTestSupport;

@PortalWebTest
class SignInTest extends PortalWebTestSupport {

    @Test
    void theSignInPageAsksForAUsernameAndPasswordInAFormWithACsrfToken() throws Exception {
        Document page = page(mvc.perform(get("/sign-in")).andExpect(status().isOk()).andReturn());

        assertThat(page.title()).isEqualTo("Sign in – Hate Crime Initial Response");
        assertThat(page.select("form[method=post][action=/sign-in] input[name=_csrf]").attr("value")).isNotBlank();
        assertThat(page.select("input#username").attr("autocomplete")).isEqualTo("username");
        assertThat(page.select("input#password[type=password]").attr("autocomplete")).isEqualTo("current-password");
        assertThat(page.select(".govuk-error-summary")).isEmpty();
    }

    @Test
    void aBadPasswordShowsTheErrorSummary() throws Exception {
        MvcResult failed = mvc.perform(formLogin("/sign-in").user("officer").password("not-the-password"))
                              .andExpect(unauthenticated())
                              .andExpect(redirectedUrl("/sign-in"))
                              .andReturn();

        Document page = pageAfter(failed);

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary .govuk-error-summary__title").text())
                .isEqualTo("There is a problem");
        assertThat(page.select(".govuk-error-summary__list a").eachText())
                .containsExactly("Enter a correct username and password");
        assertThat(page.select(".govuk-error-summary__list a").attr("href")).isEqualTo("#username");
        assertThat(page.select("#username-error").text()).isEqualTo("Error: Enter a correct username and password");
        assertThat(page.select("input#username").attr("aria-describedby")).isEqualTo("username-error");
    }

    @Test
    void aFailedSignInKeepsTheUsernameButNeverThePassword() throws Exception {
        MvcResult failed = mvc.perform(formLogin("/sign-in").user("officer").password("secret-typo")).andReturn();

        Document page = pageAfter(failed);

        assertThat(page.select("input#username").attr("value")).isEqualTo("officer");
        assertThat(page.select("input#password").hasAttr("value")).isFalse();
        assertThat(page.html()).doesNotContain("secret-typo");
    }

    @Test
    void anUnknownUsernameReadsExactlyLikeABadPassword() throws Exception {
        Document unknownUser = pageAfter(mvc.perform(formLogin("/sign-in").user("nobody").password("x")).andReturn());
        Document badPassword = pageAfter(mvc.perform(formLogin("/sign-in").user("officer").password("x")).andReturn());

        assertThat(unknownUser.select(".govuk-error-summary").text())
                .isEqualTo(badPassword.select(".govuk-error-summary").text());
    }

    @Test
    void aMissingUsernameAndPasswordAreEachNamedInTheErrorSummary() throws Exception {
        Document page = pageAfter(mvc.perform(formLogin("/sign-in").user("  ").password("")).andReturn());

        assertThat(page.select(".govuk-error-summary__list a").eachText())
                .containsExactly("Enter your username", "Enter your password");
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#username", "#password");
        assertThat(page.select(".govuk-form-group--error")).hasSize(2);
        assertThat(page.select("#password-error").text()).isEqualTo("Error: Enter your password");
    }

    @Test
    void theErrorSummaryIsShownOnceAndGoneOnTheNextVisit() throws Exception {
        MvcResult failed = mvc.perform(formLogin("/sign-in").user("officer").password("wrong")).andReturn();
        MockHttpSession session = (MockHttpSession) failed.getRequest().getSession();

        mvc.perform(get("/sign-in").session(session)).andReturn();
        Document again = page(mvc.perform(get("/sign-in").session(session)).andReturn());

        assertThat(again.select(".govuk-error-summary")).isEmpty();
    }

    @Test
    void aDemoAccountSignsInAndLandsOnTheStartPage() throws Exception {
        mvc.perform(formLogin("/sign-in").user("officer").password(DEMO_PASSWORD))
           .andExpect(authenticated().withUsername("officer").withRoles("OFFICER"))
           .andExpect(redirectedUrl("/"));
    }

    @Test
    void signingInGivesTheSessionANewId() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        MvcResult signedIn = mvc.perform(post("/sign-in").session(session).with(csrf())
                                                         .param("username", "auditor")
                                                         .param("password", DEMO_PASSWORD))
                                .andExpect(authenticated())
                                .andReturn();

        assertThat(signedIn.getRequest().getSession().getId()).isNotEqualTo(before);
    }

    @Test
    void aSignInWithoutItsCsrfTokenIsRefusedAndAsksToSignInAgain() throws Exception {
        mvc.perform(post("/sign-in").param("username", "officer").param("password", DEMO_PASSWORD))
           .andExpect(unauthenticated())
           .andExpect(redirectedUrl("/sign-in?session-ended"));

        Document page = page(mvc.perform(get("/sign-in").param("session-ended", "")).andReturn());
        assertThat(page.select(".govuk-notification-banner__heading").text())
                .isEqualTo("Your session ended. Sign in again to carry on.");
    }

    @Test
    void signingOutEndsTheSessionAndSaysSo() throws Exception {
        MvcResult signedIn = mvc.perform(formLogin("/sign-in").user("analyst").password(DEMO_PASSWORD)).andReturn();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession();

        mvc.perform(post("/sign-out").session(session).with(csrf()))
           .andExpect(unauthenticated())
           .andExpect(redirectedUrl("/sign-in?signed-out"));

        assertThat(session.isInvalid()).isTrue();
        Document page = page(mvc.perform(get("/sign-in").param("signed-out", "")).andReturn());
        assertThat(page.select(".govuk-notification-banner--success .govuk-notification-banner__heading").text())
                .isEqualTo("You have signed out");
    }

    @Test
    void signingOutNeedsTheFormsCsrfToken() throws Exception {
        mvc.perform(post("/sign-out").with(user("analyst").roles("ANALYST")))
           .andExpect(redirectedUrl("/sign-in?session-ended"));
        mvc.perform(post("/sign-out").with(user("analyst").roles("ANALYST")).with(csrf()))
           .andExpect(redirectedUrl("/sign-in?signed-out"));
    }

    @Test
    void aSignedInUserWhoOpensTheSignInPageIsSentToTheirStartPage() throws Exception {
        mvc.perform(get("/sign-in").with(user("officer").roles("OFFICER")))
           .andExpect(redirectedUrl("/"));
    }

    private Document pageAfter(MvcResult failedSignIn) throws Exception {
        MockHttpSession session = (MockHttpSession) failedSignIn.getRequest().getSession();
        return page(mvc.perform(get("/sign-in").session(session)).andExpect(status().isOk()).andReturn());
    }

    private static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
