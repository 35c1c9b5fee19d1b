package uk.police.hcir.portal.deadletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.mockito.ArgumentMatchers.any;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.police.hcir.portal.services.BackendService;
import uk.police.hcir.portal.support.PortalWebTest;
import uk.police.hcir.portal.support.PortalWebTestSupport;

@PortalWebTest
class DeadLettersPageTest extends PortalWebTestSupport {

    private static final String CASE_ID = "3f1c2a9e-0000-4000-8000-000000000001";

    @Test
    void everyServicesDeadLettersAreListedWithARetryButtonEach() throws Exception {
        given(deadLetterClient.all()).willReturn(List.of(
                new ServiceDeadLetters(BackendService.INTAKE, List.of(), false, null),
                ServiceDeadLetters.unavailable(BackendService.CASE, "case-service could not be reached"),
                new ServiceDeadLetters(BackendService.REPORTING, List.of(poison()), false, null)));

        Document page = Jsoup.parse(mvc.perform(get("/admin/dead-letters").with(administrator()))
                                       .andExpect(status().isOk())
                                       .andReturn().getResponse().getContentAsString());

        assertThat(page.select("#dead-letters caption").text()).isEqualTo("1 dead-lettered sequence");
        var row = page.selectFirst("#dead-letters tr[data-sequence=" + CASE_ID + "]");
        assertThat(row.select("td").eachText()).startsWith("Reporting", "audit-trail");
        assertThat(row.text()).contains("uk.police.hcir.intake.report-received", "DataIntegrityViolation",
                                        "3 events held", "29 Nov 2026 06:00:00");
        var form = row.selectFirst("form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/admin/dead-letters/retry");
        assertThat(form.select("input[type=hidden]").eachAttr("name"))
                .contains("_csrf", "service", "processingGroup", "sequenceId");
        assertThat(form.selectFirst("input[name=service]").val()).isEqualTo("reporting-service");
        assertThat(page.select(".govuk-warning-text").text()).contains("Could not ask", "Case");
    }

    @Test
    void retryingASequenceAsksItsServiceAndConfirmsOnTheListAfterwards() throws Exception {
        given(deadLetterClient.retry(BackendService.REPORTING, "audit-trail", CASE_ID))
                .willReturn(new RetryResult("audit-trail", CASE_ID, 1, 0, 0));
        given(deadLetterClient.all()).willReturn(List.of(
                new ServiceDeadLetters(BackendService.REPORTING, List.of(), false, null)));

        var flashed = mvc.perform(post("/admin/dead-letters/retry").with(administrator()).with(csrf())
                                          .param("service", "reporting-service")
                                          .param("processingGroup", "audit-trail")
                                          .param("sequenceId", CASE_ID))
                         .andExpect(status().isFound())
                         .andExpect(redirectedUrl("/admin/dead-letters"))
                         .andExpect(flash().attributeExists("retried"))
                         .andReturn().getFlashMap();

        Document page = Jsoup.parse(mvc.perform(get("/admin/dead-letters").with(administrator())
                                                        .flashAttrs(flashed))
                                       .andExpect(status().isOk())
                                       .andReturn().getResponse().getContentAsString());
        assertThat(page.select("#retry-banner.govuk-notification-banner--success").text())
                .contains("Retried", CASE_ID, "audit-trail", "Reporting");
        assertThat(page.select("#no-dead-letters").text()).isEqualTo("No service holds any dead letters.");
    }

    @Test
    void aRetryThatFailsAgainIsSaidSo() throws Exception {
        given(deadLetterClient.retry(BackendService.REPORTING, "audit-trail", CASE_ID))
                .willReturn(new RetryResult("audit-trail", CASE_ID, 0, 1, 1));

        mvc.perform(post("/admin/dead-letters/retry").with(administrator()).with(csrf())
                            .param("service", "reporting-service")
                            .param("processingGroup", "audit-trail")
                            .param("sequenceId", CASE_ID))
           .andExpect(status().isFound())
           .andExpect(flash().attribute("retried", new DeadLettersController.Retried(
                   "Reporting", "audit-trail", CASE_ID, false)));
    }

    @Test
    void aRetryOfNoKnownServiceShowsTheErrorSummaryAndAsksNoService() throws Exception {
        given(deadLetterClient.all()).willReturn(List.of());

        Document page = Jsoup.parse(mvc.perform(post("/admin/dead-letters/retry").with(administrator()).with(csrf())
                                                        .param("service", "somewhere-else")
                                                        .param("processingGroup", "audit-trail")
                                                        .param("sequenceId", CASE_ID))
                                       .andExpect(status().isBadRequest())
                                       .andReturn().getResponse().getContentAsString());

        assertThat(page.select(".govuk-error-summary__list li").eachText())
                .containsExactly("Choose a service from the list");
        assertThat(page.title()).startsWith("Error:");
        then(deadLetterClient).should(never()).retry(any(), any(), any());
    }

    @Test
    void aRetryWithoutTheFormsTokenIsRefused() throws Exception {
        mvc.perform(post("/admin/dead-letters/retry").with(administrator())
                            .param("service", "reporting-service")
                            .param("processingGroup", "audit-trail")
                            .param("sequenceId", CASE_ID))
           .andExpect(result -> assertThat(result.getResponse().getStatus()).isNotEqualTo(200))
           .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
                   .isNotEqualTo("/admin/dead-letters"));
        then(deadLetterClient).should(never()).retry(any(), any(), any());
    }

    @Test
    void officersCannotSeeThePage() throws Exception {
        mvc.perform(get("/admin/dead-letters").with(user("officer").roles("OFFICER")))
           .andExpect(status().isForbidden());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor administrator() {
        return user("administrator").roles("ADMINISTRATOR");
    }

    private static DeadLetter poison() {
        return new DeadLetter("audit-trail", CASE_ID, 3, "uk.police.hcir.intake.report-received", CASE_ID,
                              "org.springframework.dao.DataIntegrityViolationException",
                              "new row for relation \"audit_event\" violates check constraint",
                              Instant.parse("2026-11-29T06:00:00Z"), Instant.parse("2026-11-29T06:05:00Z"), 2);
    }
}
