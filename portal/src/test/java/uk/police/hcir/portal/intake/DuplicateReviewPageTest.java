package uk.police.hcir.portal.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.police.hcir.portal.intakeapi.IntakeApi.DuplicateCandidate;
import uk.police.hcir.portal.support.PortalWebTest;
import uk.police.hcir.portal.support.PortalWebTestSupport;

@PortalWebTest
class DuplicateReviewPageTest extends PortalWebTestSupport {

    private static final RequestPostProcessor CALL_HANDLER = user("call-handler").roles("CALL_HANDLER");

    @BeforeEach
    void onePairWaits() {
        given(intakeApi.pendingDuplicates()).willReturn(List.of(new DuplicateCandidate(
                "r-2", "HC-2026-000124", "r-1", "HC-2026-000123", 0.72,
                List.of("SAME_LOCATION", "SAME_TIME", "WORDS_40%"), "PENDING", Instant.parse("2026-11-29T09:12:00Z"))));
    }

    @Test
    void eachPairIsShownWithWhyItWasFlaggedAndAFormToDecide() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/reports/duplicates").with(CALL_HANDLER))
                                       .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select("#pair-1 .govuk-summary-card__title").text())
                .isEqualTo("HC-2026-000124 and HC-2026-000123");
        assertThat(page.select("#pair-1 .govuk-summary-list__value").eachText()).contains(
                "72%", "The same place About the same time Their accounts share 40% of their words",
                "29 November 2026, 09:12");
        assertThat(page.select("#pair-1 input[name=decision]")).hasSize(2);
        assertThat(page.select("#pair-1 input[name=reportId]").attr("value")).isEqualTo("r-2");
    }

    @Test
    void aDecisionWithoutAnAnswerOrReasonIsRefusedOnItsOwnPair() throws Exception {
        Document page = Jsoup.parse(mvc.perform(post("/reports/duplicates").with(CALL_HANDLER).with(csrf())
                                                        .param("reportId", "r-2").param("candidateId", "r-1"))
                                       .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary__list a")).extracting(e -> e.attr("href"))
                                                                .containsExactly("#decision-1", "#reason-1");
        assertThat(page.select("#decision-1-error").text())
                .isEqualTo("Error: Select whether the reports are about the same incident");
        verify(intakeApi, never()).decideDuplicate(anyString(), anyString(), anyString(), anyString());
    }

    @Test
    void aLinkIsSentToIntakeAndConfirmed() throws Exception {
        mvc.perform(post("/reports/duplicates").with(CALL_HANDLER).with(csrf())
                                               .param("reportId", "r-2").param("candidateId", "r-1")
                                               .param("decision", "LINK")
                                               .param("reason", "Same bus stop, same time, same words"))
           .andExpect(redirectedUrl("/reports/duplicates"))
           .andExpect(flash().attribute("decided", "The reports are linked as one incident"));

        verify(intakeApi).decideDuplicate("r-2", "r-1", "LINK", "Same bus stop, same time, same words");
    }

    @Test
    void anEmptyQueueSaysSo() throws Exception {
        given(intakeApi.pendingDuplicates()).willReturn(List.of());

        Document page = Jsoup.parse(mvc.perform(get("/reports/duplicates").with(CALL_HANDLER))
                                       .andReturn().getResponse().getContentAsString());

        assertThat(page.select("#no-duplicates").text()).isEqualTo(
                "There are no reports waiting for a decision.");
    }
}
