package uk.police.hcir.portal.publicreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
class PublicReportPageTest extends PortalWebTestSupport {

    @Test
    void anyoneCanOpenTheFormWithoutSigningIn() throws Exception {
        Document page = page(mvc.perform(get("/report")).andExpect(status().isOk()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("Report a hate crime or hate incident");
        assertThat(page.select("input[name=perception][checked]")).isEmpty();
        assertThat(page.select("input[name=giveDetails]")).hasSize(2);
        assertThat(page.select(".govuk-service-navigation__list")).isEmpty();
    }

    @Test
    void anEmptyReportNamesEveryMissingAnswer() throws Exception {
        Document page = page(mvc.perform(post("/report").with(csrf())).andReturn());

        assertThat(page.select(".govuk-error-summary__list a")).extracting(e -> e.text()).containsExactly(
                "Select who it happened to", "Enter what happened", "Enter where it happened",
                "Enter the date it happened", "Select whether you think it happened because of hostility or prejudice",
                "Select whether you want to give your details");
    }

    @Test
    void someoneWhoGivesTheirDetailsGivesAWayToContactThemAndSaysIfThePoliceMay() throws Exception {
        Document page = page(mvc.perform(report(post("/report")).param("giveDetails", "yes").with(csrf()))
                                .andReturn());

        assertThat(page.select(".govuk-error-summary__list a")).extracting(e -> e.attr("href"))
                                                                .containsExactly("#name", "#mayContact");
    }

    @Test
    void anAnonymousReportSendsNothingThatIdentifiesAnyoneAndShowsTheReference() throws Exception {
        given(intakeApi.submit(eq(IntakeApi.Channel.ONLINE), anyMap(), anyString(), isNull()))
                .willReturn(new IntakeApi.Accepted("r-9", "HC-2026-000099"));

        MvcResult sent = mvc.perform(report(post("/report")).param("giveDetails", "no")
                                                            .param("name", "Should not be sent").with(csrf()))
                            .andExpect(redirectedUrl("/report/confirmation")).andReturn();

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> report = ArgumentCaptor.forClass(Map.class);
        verify(intakeApi).submit(eq(IntakeApi.Channel.ONLINE), report.capture(), anyString(), isNull());
        assertThat(report.getValue().get("victim")).isEqualTo(Map.of("anonymous", true, "vulnerable", false));
        assertThat(report.getValue()).doesNotContainKey("reporter");
        assertThat(report.getValue().get("consent")).isEqualTo(Map.of("policeContact", "FULLY_ANONYMOUS",
                                                                      "referralToSupport", false));
        @SuppressWarnings("unchecked")
        Map<String, Object> perception = (Map<String, Object>) report.getValue().get("perception");
        assertThat(perception).containsEntry("asked", "ASKED").containsEntry("hostilityPerceived", true)
                              .containsEntry("perceivedBy", List.of("VICTIM"))
                              .containsEntry("strands", List.of("DISABILITY"));

        Document confirmation = page(mvc.perform(get("/report/confirmation").flashAttrs(sent.getFlashMap()))
                                        .andReturn());
        assertThat(confirmation.select("#report-reference").text()).isEqualTo("HC-2026-000099");
    }

    @Test
    void tooManyReportsAreExplainedAndTheAnswersKept() throws Exception {
        given(intakeApi.submit(any(), anyMap(), anyString(), any()))
                .willThrow(new ServiceRefusedException(BackendService.INTAKE, 429, null));

        Document page = page(mvc.perform(report(post("/report")).param("giveDetails", "no").with(csrf()))
                                .andReturn());

        assertThat(page.select(".govuk-error-summary__list a").text()).startsWith("Too many reports");
        assertThat(page.select("#location").attr("value")).isEqualTo("Magdalen Street, Norwich");
    }

    private static MockHttpServletRequestBuilder report(MockHttpServletRequestBuilder request) {
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1);
        return request.param("reporterRole", "VICTIM")
                      .param("whatHappened", "He shouted at me about my wheelchair and pushed it.")
                      .param("location", "Magdalen Street, Norwich")
                      .param("occurredDay", String.valueOf(yesterday.getDayOfMonth()))
                      .param("occurredMonth", String.valueOf(yesterday.getMonthValue()))
                      .param("occurredYear", String.valueOf(yesterday.getYear()))
                      .param("perception", "YES")
                      .param("strands", "DISABILITY")
                      .param("submissionKey", "public-key-0001");
    }

    private static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
