package uk.police.hcir.portal.partnerreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.police.hcir.portal.intakeapi.IntakeApi;
import uk.police.hcir.portal.services.BackendService;
import uk.police.hcir.portal.services.ServiceRefusedException;
import uk.police.hcir.portal.support.PortalWebTest;
import uk.police.hcir.portal.support.PortalWebTestSupport;

@PortalWebTest
class PartnerReportPageTest extends PortalWebTestSupport {

    private static final String KEY = "a-centre-key-that-must-never-be-shown-back";

    @Test
    void theCentresKeyIsNeverShownBackWhenTheFormHasErrors() throws Exception {
        MvcResult result = mvc.perform(post("/partner").with(csrf()).param("centreKey", KEY)).andReturn();
        Document page = Jsoup.parse(result.getResponse().getContentAsString());

        assertThat(result.getResponse().getContentAsString()).doesNotContain(KEY);
        assertThat(page.select("#centreKey").attr("type")).isEqualTo("password");
        assertThat(page.select(".govuk-error-summary__list a")).extracting(e -> e.attr("href")).containsExactly(
                "#centreReference", "#whatHappened", "#location", "#occurredDay", "#perception", "#policeContact",
                "#referralToSupport");
        jakarta.servlet.http.HttpSession session = result.getRequest().getSession(false);
        if (session != null) {
            assertThat(java.util.Collections.list(session.getAttributeNames()))
                    .allSatisfy(name -> assertThat(String.valueOf(session.getAttribute(name))).doesNotContain(KEY));
        }
    }

    @Test
    void aReportIsSentWithTheCentresKeyOnTheThirdPartyChannel() throws Exception {
        given(intakeApi.submit(eq(IntakeApi.Channel.THIRD_PARTY), anyMap(), anyString(), eq(KEY)))
                .willReturn(new IntakeApi.Accepted("r-7", "HC-2026-000077"));

        MvcResult sent = mvc.perform(report(post("/partner")).with(csrf()))
                            .andExpect(redirectedUrl("/partner/confirmation")).andReturn();

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> report = ArgumentCaptor.forClass(Map.class);
        verify(intakeApi).submit(eq(IntakeApi.Channel.THIRD_PARTY), report.capture(), anyString(), eq(KEY));
        assertThat(report.getValue()).containsEntry("reporterRole", "THIRD_PARTY_CENTRE")
                                     .containsEntry("partner", Map.of("centreReference", "SHIN/2026/0142"));
        assertThat(report.getValue().get("consent")).isEqualTo(Map.of(
                "policeContact", "IDENTIFIED_NO_POLICE_CONTACT", "referralToSupport", true));
        assertThat(report.getValue().get("victim")).as("intake reads every yes-or-no answer as given")
                                                   .isInstanceOfSatisfying(Map.class, victim ->
                                                           assertThat(victim).containsEntry("vulnerable", false));
        assertThat(sent.getFlashMap().values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(KEY));

        Document confirmation = Jsoup.parse(mvc.perform(get("/partner/confirmation").flashAttrs(sent.getFlashMap()))
                                               .andReturn().getResponse().getContentAsString());
        assertThat(confirmation.select("#report-reference").text()).isEqualTo("HC-2026-000077");
    }

    @Test
    void aKeyIntakeDoesNotRecogniseIsShownAgainstTheKey() throws Exception {
        given(intakeApi.submit(any(), anyMap(), anyString(), any()))
                .willThrow(new ServiceRefusedException(BackendService.INTAKE, 401, null));

        Document page = Jsoup.parse(mvc.perform(report(post("/partner")).with(csrf()))
                                       .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select(".govuk-error-summary__list a").attr("href")).isEqualTo("#centreKey");
        assertThat(page.select("#centreReference").attr("value")).isEqualTo("SHIN/2026/0142");
    }

    @Test
    void aCentreChecksWhereItsReportStands() throws Exception {
        given(intakeApi.partnerReportStatus(KEY, "SHIN/2026/0142")).willReturn(new IntakeApi.PartnerReportStatus(
                "SHIN/2026/0142", "HC-2026-000077", Instant.parse("2026-11-29T09:12:00Z"), "RECEIVED"));

        String html = mvc.perform(post("/partner/status").with(csrf()).param("lookupKey", KEY)
                                                         .param("lookupReference", "SHIN/2026/0142"))
                         .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).doesNotContain(KEY);
        assertThat(Jsoup.parse(html).select("#report-status .govuk-summary-list__value").eachText()).containsExactly(
                "SHIN/2026/0142", "HC-2026-000077", "29 November 2026, 09:12", "Received by the police");
    }

    @Test
    void aReferenceTheCentreNeverSentIsExplained() throws Exception {
        given(intakeApi.partnerReportStatus(KEY, "NOPE-1"))
                .willThrow(new ServiceRefusedException(BackendService.INTAKE, 404, null));

        Document page = Jsoup.parse(mvc.perform(post("/partner/status").with(csrf()).param("lookupKey", KEY)
                                                                       .param("lookupReference", "NOPE-1"))
                                       .andReturn().getResponse().getContentAsString());

        assertThat(page.select("#lookupReference-error").text())
                .isEqualTo("Error: Your centre has sent no report with that reference");
    }

    private static MockHttpServletRequestBuilder report(MockHttpServletRequestBuilder request) {
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1);
        return request.param("centreKey", KEY)
                      .param("centreReference", "SHIN/2026/0142")
                      .param("whatHappened", "Slurs about her religion were written on her door.")
                      .param("location", "Rosary Road, Norwich")
                      .param("occurredDay", String.valueOf(yesterday.getDayOfMonth()))
                      .param("occurredMonth", String.valueOf(yesterday.getMonthValue()))
                      .param("occurredYear", String.valueOf(yesterday.getYear()))
                      .param("perception", "YES")
                      .param("perceivedBy", "VICTIM")
                      .param("strands", "RELIGION")
                      .param("policeContact", "IDENTIFIED_NO_POLICE_CONTACT")
                      .param("victimName", "Fatima Begum")
                      .param("referralToSupport", "yes")
                      .param("submissionKey", "partner-key-0001");
    }
}
