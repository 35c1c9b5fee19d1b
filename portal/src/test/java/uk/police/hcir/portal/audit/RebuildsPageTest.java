package uk.police.hcir.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.ArgumentMatchers.anyString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.police.hcir.portal.support.PortalWebTest;
import uk.police.hcir.portal.support.PortalWebTestSupport;

@PortalWebTest
class RebuildsPageTest extends PortalWebTestSupport {

    private static final String ID = "5f0c2a8e-1b7d-4e3a-8c9f-2a1b3c4d5e6f";
    private static final AuditRecords.RebuildProgress RUNNING = new AuditRecords.RebuildProgress(
            ID, "case-state", "RUNNING", Instant.parse("2026-03-02T10:00:00Z"), null, 2_500, 10_000, 5_000.0, 2L, 0,
            0, null);

    @Test
    void startingWithoutChoosingAViewAsksForOne() throws Exception {
        given(auditRecords.rebuilds()).willReturn(new AuditRecords.Rebuilds(List.of("audit-trail", "case-state"),
                                                                            List.of()));

        Document page = Jsoup.parse(mvc.perform(post("/audit/rebuilds").with(csrf()).with(auditor()))
                                       .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary__list a").text()).isEqualTo("Select the view to rebuild");
        assertThat(page.select(".govuk-error-summary__list a").attr("href")).isEqualTo("#projection");
        assertThat(page.select("#projection")).hasSize(1);
        verify(auditRecords, never()).startRebuild(anyString());
    }

    @Test
    void startingARebuildShowsItsProgress() throws Exception {
        given(auditRecords.rebuilds()).willReturn(new AuditRecords.Rebuilds(List.of("audit-trail", "case-state"),
                                                                            List.of()));
        given(auditRecords.startRebuild("case-state")).willReturn(RUNNING);
        given(auditRecords.rebuild(ID)).willReturn(Optional.of(RUNNING));

        mvc.perform(post("/audit/rebuilds").param("projection", "case-state").with(csrf()).with(auditor()))
           .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/audit/rebuilds/" + ID));
        Document page = Jsoup.parse(mvc.perform(get("/audit/rebuilds/" + ID).with(auditor()))
                                       .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select("#rebuild-bar").attr("value")).isEqualTo("25");
        assertThat(page.select("#rebuild-status").text()).isEqualTo("RUNNING");
        assertThat(page.select("[data-field=eventsPerSecond]").text()).isEqualTo("5000.0");
        assertThat(page.select("[data-field=secondsLeft]").text()).isEqualTo("2");
        assertThat(page.select("#check-again a").attr("href")).isEqualTo("/audit/rebuilds/" + ID);
        assertThat(page.select("script[src=/js/rebuild-progress.js]")).hasSize(1);
        mvc.perform(get("/audit/rebuilds/" + ID + "/progress").with(auditor()))
           .andExpect(status().isOk()).andExpect(jsonPath("$.eventsDone").value(2500));
    }

    @Test
    void anUnknownRebuildIsPageNotFound() throws Exception {
        given(auditRecords.rebuild(ID)).willReturn(Optional.empty());

        mvc.perform(get("/audit/rebuilds/" + ID).with(auditor())).andExpect(status().isNotFound());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor auditor() {
        return user("auditor").roles("AUDITOR");
    }
}
