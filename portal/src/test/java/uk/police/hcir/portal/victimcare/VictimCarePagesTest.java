package uk.police.hcir.portal.victimcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.police.hcir.portal.cases.CaseFixtures;
import uk.police.hcir.portal.services.BackendService;
import uk.police.hcir.portal.services.ServiceRefusedException;
import uk.police.hcir.portal.support.PortalWebTest;
import uk.police.hcir.portal.support.PortalWebTestSupport;

@PortalWebTest
class VictimCarePagesTest extends PortalWebTestSupport {

    private static final String CASE_ID = "case-v";

    @BeforeEach
    void aVictim() {
        given(caseApi.find(CASE_ID)).willReturn(Optional.of(CaseFixtures.openCase(CASE_ID, "HC-2026-000077", 3)));
        given(victimCareApi.care(CASE_ID)).willReturn(Optional.of(care(false, List.of())));
    }

    private static VictimCareApi.Care care(boolean referralConsent, List<VictimCareApi.Referral> referrals) {
        return new VictimCareApi.Care(
                CASE_ID, true, false, "ADULT", "CONSENTS_TO_CONTACT", referralConsent, "PHONE", "en", false, null,
                true, List.of("HATE_CRIME"), 1, null, null, null, null,
                List.of(new VictimCareApi.Duty("arrest-1", "ARREST", Instant.now().minus(Duration.ofDays(1)), true,
                                               null, null)), List.of(), referrals);
    }

    @Test
    void updatesDueTodayAndOverdueAreListedWithoutReferrals() throws Exception {
        Instant late = Instant.now().minus(Duration.ofDays(1));
        given(victimCareApi.queue(VictimCareApi.Queue.OVERDUE)).willReturn(List.of(
                new VictimCareApi.DutyItem(CASE_ID, "HC-2026-000077", "arrest-1", "ARREST", late, true, "officer",
                                           "NORWICH-EAST", true),
                new VictimCareApi.DutyItem("case-r", "HC-2026-000078", "REFERRAL", "REFERRAL", late, true, null, null,
                                           false)));
        given(victimCareApi.queue(VictimCareApi.Queue.DUE_TODAY)).willReturn(List.of());

        Document page = open("/victim-care/updates");

        assertThat(page.select("#overdue tbody th").eachText()).containsExactly("HC-2026-000077");
        assertThat(page.select("#none-due-today")).hasSize(1);

        Document referrals = open("/victim-care/referrals");
        assertThat(referrals.select("#referrals tbody th").eachText()).containsExactly("HC-2026-000078");
    }

    @Test
    void victimsWhoseNeedsAreNotAssessedAreListed() throws Exception {
        given(victimCareApi.needsAssessmentsDue()).willReturn(List.of(new VictimCareApi.NeedsDue(
                CASE_ID, "HC-2026-000077", Instant.now(), "officer", "NORWICH-EAST", true)));

        assertThat(open("/victim-care/needs").select("#needs tbody th").eachText()).containsExactly("HC-2026-000077");
    }

    @Test
    void theVictimsPageShowsWhatIsOwed() throws Exception {
        Document page = open("/victim-care/victims/" + CASE_ID);

        assertThat(page.select("h1").text()).isEqualTo("Victim of case HC-2026-000077");
        assertThat(page.select("#next-update-due").text()).contains("(Arrest)").contains("Overdue");
        assertThat(page.select("#open-duties td").eachText()).contains("Arrest");
    }

    @Test
    void anUpdateNeedsHowAndWhatWasSaid() throws Exception {
        Document page = submit(post("/victim-care/victims/" + CASE_ID + "/contacts").param("method", ""));

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#method", "#summary");
        verify(victimCareApi, never()).record(any(), any(), anyMap());
    }

    @Test
    void anUpdateIsRecordedAndTheVictimShown() throws Exception {
        mvc.perform(post("/victim-care/victims/" + CASE_ID + "/contacts").with(user("victim-care").roles("VICTIM_CARE"))
                                                                        .with(csrf())
                                                                        .param("method", "PHONE")
                                                                        .param("summary", "Told them of the arrest"))
           .andExpect(redirectedUrl("/victim-care/victims/" + CASE_ID));

        verify(victimCareApi).record(CASE_ID, "contacts", Map.of("method", "PHONE",
                                                                 "summary", "Told them of the arrest"));
    }

    @Test
    void aReferralNeedsTheVictimsConsentWhenTheyDidNotGiveItWhenReporting() throws Exception {
        Document page = submit(post("/victim-care/victims/" + CASE_ID + "/referrals").param("service",
                                                                                             "VICTIM_SUPPORT"));

        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#consent");
        assertThat(page.select("#consent-error").text()).contains("only with their consent");
    }

    @Test
    void aRefusalByVictimContactIsShownInTheErrorSummary() throws Exception {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                                                                 "The victim asked not to be contacted by the police");
        problem.setType(URI.create("https://hcir.police.uk/problems/no-contact-wanted"));
        willThrow(new ServiceRefusedException(BackendService.VICTIM_CONTACT, 409, problem))
                .given(victimCareApi).record(eq(CASE_ID), eq("contacts"), anyMap());

        Document page = submit(post("/victim-care/victims/" + CASE_ID + "/contacts").param("method", "PHONE")
                                                                                    .param("summary", "Called"));

        assertThat(page.select(".govuk-error-summary__list a").text())
                .isEqualTo("The victim asked not to be contacted by the police");
    }

    @Test
    void aNeedsAssessmentAnswersEveryQuestionAndGivesAnOutcome() throws Exception {
        Document page = submit(post("/victim-care/victims/" + CASE_ID + "/needs-assessment")
                                       .param("need-INFORMATION", "YES"));

        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
                .startsWith("#need-EMOTIONAL_SUPPORT").endsWith("#outcome");
        assertThat(page.select("#need-INFORMATION").hasAttr("checked")).isTrue();
    }

    @Test
    void aDeclinedReferralNeedsAReason() throws Exception {
        given(victimCareApi.care(CASE_ID)).willReturn(Optional.of(care(true, List.of(new VictimCareApi.Referral(
                CASE_ID + "-R1", "VICTIM_SUPPORT", Instant.now(), false, null, null)))));

        Document page = submit(post("/victim-care/victims/" + CASE_ID + "/referrals/" + CASE_ID + "-R1/outcome")
                                       .param("status", "DECLINED"));

        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#reason");
    }

    private Document open(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user("victim-care").roles("VICTIM_CARE")))
                              .andExpect(status().isOk())
                              .andReturn().getResponse().getContentAsString());
    }

    private Document submit(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user("victim-care").roles("VICTIM_CARE")).with(csrf()))
                              .andExpect(status().isOk())
                              .andReturn().getResponse().getContentAsString());
    }
}
