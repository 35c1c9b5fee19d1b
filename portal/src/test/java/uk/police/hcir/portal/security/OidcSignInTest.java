package uk.police.hcir.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** Sign-in through the force's identity provider, switched on by configuration alone. */
@SpringBootTest(properties = {
        "hcir.portal.sign-in.method=oidc",
        "spring.security.oauth2.client.registration.hcir.client-id=hcir-portal",
        "spring.security.oauth2.client.registration.hcir.client-secret=not-a-real-secret",
        "spring.security.oauth2.client.registration.hcir.scope=openid,profile",
        "spring.security.oauth2.client.registration.hcir.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.hcir.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.hcir.authorization-uri=https://login.example.police.uk/authorize",
        "spring.security.oauth2.client.provider.hcir.token-uri=https://login.example.police.uk/token",
        "spring.security.oauth2.client.provider.hcir.jwk-set-uri=https://login.example.police.uk/keys",
        "spring.security.oauth2.client.provider.hcir.user-name-attribute=sub"})
@AutoConfigureMockMvc
class OidcSignInTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theSignInPageOffersTheForceAccountInsteadOfAPasswordForm() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/sign-in")).andExpect(status().isOk())
                                       .andReturn().getResponse().getContentAsString());

        assertThat(page.select("input[type=password]")).isEmpty();
        assertThat(page.select("a.govuk-button--start").attr("href")).isEqualTo("/oauth2/authorization/hcir");
    }

    @Test
    void startingSignInSendsThePersonToTheIdentityProvider() throws Exception {
        String redirect = mvc.perform(get("/oauth2/authorization/hcir")).andExpect(status().isFound())
                             .andReturn().getResponse().getRedirectedUrl();

        assertThat(redirect).startsWith("https://login.example.police.uk/authorize?")
                            .contains("client_id=hcir-portal", "scope=openid%20profile", "nonce=");
    }

    @Test
    void aPageOpenedWithoutSigningInSendsThePersonToTheSignInPage() throws Exception {
        mvc.perform(get("/home/officer")).andExpect(redirectedUrlPattern("**/sign-in"));
    }

    @Test
    void localPasswordsAreNotAccepted() throws Exception {
        mvc.perform(post("/sign-in").param("username", "officer").param("password", "hcir-demo-password")
                                    .with(csrf()))
           .andExpect(unauthenticated())
           .andExpect(status().isMethodNotAllowed());
    }
}
