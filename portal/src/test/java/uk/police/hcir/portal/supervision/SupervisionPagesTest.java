package uk.police.hcir.portal.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
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

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.police.hcir.portal.cases.CaseFixtures;
import uk.police.hcir.portal.cases.CaseSummary;
import uk.police.hcir.portal.support.PortalWebTest;
import uk.police.hcir.portal.support.PortalWebTestSupport;
import uk.police.hcir.portal.victimcare.VictimCareApi;

@PortalWebTest
class SupervisionPagesTest extends PortalWebTestSupport {

    private static final String CASE_ID = "case-high";

    @BeforeEach
    void aHighRiskCase() {
        given(caseApi.find(CASE_ID)).willReturn(Optional.of(CaseFixtures.highRiskCase(CASE_ID, "HC-2026-000042", 9)));
    }

    @Test
    void highRiskCasesWaitingForReviewAreListed() throws Exception {
        CaseSummary late = CaseFixtures.openCase("case-late", "HC-2026-000043", 2);
        given(caseApi.supervisorQueue()).willReturn(List.of(
                CaseFixtures.highRiskCase(CASE_ID, "HC-2026-000042", 9), late));

        Document page = open("/supervision/reviews");

        assertThat(page.select("#reviews tbody th").eachText()).containsExactly("HC-2026-000042");
        assertThat(page.select("#reviews a[href=/supervision/reviews/case-high]").text())
                .isEqualTo("Review case HC-2026-000042");
    }

    @Test
    void overdueDecisionsRiskReviewsAndVictimUpdatesAreShownTogether() throws Exception {
        CaseSummary open = CaseFixtures.openCase("case-late", "HC-2026-000043", 2);
        CaseSummary lateDecision = new CaseSummary(open.caseId(), open.reportReference(), open.channel(), "OPEN",
                                                   open.reportedAt(), open.openedAt(), false, true,
                                                   open.perceivedStrands(), null, false, 0, null,
                                                   Instant.now().minus(Duration.ofHours(1)), true, null, null, null,
                                                   null, null, false, null, false, null, null, null, null, null,
                                                   open.lastChangeAt(), 2);
        given(caseApi.supervisorQueue()).willReturn(List.of(lateDecision));
        given(victimCareApi.queue(VictimCareApi.Queue.OVERDUE)).willReturn(List.of(new VictimCareApi.DutyItem(
                "case-v", "HC-2026-000044", "arrest-1", "ARREST", Instant.now().minus(Duration.ofDays(2)), true,
                "officer", "NORWICH-EAST", true)));

        Document page = open("/supervision/overdue");

        assertThat(page.select("#overdue-decisions tbody th").eachText()).containsExactly("HC-2026-000043");
        assertThat(page.select("#no-overdue-risk")).hasSize(1);
        assertThat(page.select("#overdue-updates tbody td").eachText()).contains("Arrest");
    }

    @Test
    void returningACaseNeedsCommentsAndAHighRiskCaseAReferralDecision() throws Exception {
        Document page = submit(post("/supervision/reviews/" + CASE_ID).param("expectedVersion", "9")
                                                                       .param("outcome", "RETURNED"));

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#comments", "#referral");
        verify(caseApi, never()).change(eq(CASE_ID), eq("supervisor-reviews"), anyLong(), anyMap());
    }

    @Test
    void anApprovalIsSentWithTheVersionSeen() throws Exception {
        mvc.perform(post("/supervision/reviews/" + CASE_ID).with(user("supervisor").roles("SUPERVISOR")).with(csrf())
                                                           .param("expectedVersion", "9")
                                                           .param("outcome", "APPROVED")
                                                           .param("referral", "NOT_NEEDED"))
           .andExpect(redirectedUrl("/supervision/reviews"));

        Map<String, Object> expected = new HashMap<>();
        expected.put("outcome", "APPROVED");
        expected.put("comments", null);
        expected.put("multiAgencyReferral", "NOT_NEEDED");
        expected.put("referralAgency", null);
        verify(caseApi).change(eq(CASE_ID), eq("supervisor-reviews"), eq(9L), eq(expected));
    }

    @Test
    void aReviewOfACaseThatChangedMeanwhileIsExplained() throws Exception {
        willThrow(CaseFixtures.changedSince(CASE_ID, 11)).given(caseApi)
                                                          .change(eq(CASE_ID), eq("supervisor-reviews"), eq(9L),
                                                                  anyMap());

        Document page = submit(post("/supervision/reviews/" + CASE_ID).param("expectedVersion", "9")
                                                                       .param("outcome", "APPROVED")
                                                                       .param("referral", "NOT_NEEDED"));

        assertThat(page.select("#case-changed").text()).contains("Motivation recorded by pc-2002");
        assertThat(page.select("input[name=expectedVersion]").val()).isEqualTo("11");
        assertThat(page.select("#outcome").hasAttr("checked")).isTrue();
    }

    @Test
    void supervisionIsForSupervisorsOnly() throws Exception {
        mvc.perform(get("/supervision/reviews").with(user("officer").roles("OFFICER")))
           .andExpect(status().isForbidden());
    }

    private Document open(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user("supervisor").roles("SUPERVISOR")))
                              .andExpect(status().isOk())
                              .andReturn().getResponse().getContentAsString());
    }

    private Document submit(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user("supervisor").roles("SUPERVISOR")).with(csrf()))
                              .andExpect(status().isOk())
                              .andReturn().getResponse().getContentAsString());
    }
}
