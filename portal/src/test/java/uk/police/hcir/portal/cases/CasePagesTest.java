package uk.police.hcir.portal.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
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

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.police.hcir.portal.services.BackendService;
import uk.police.hcir.portal.services.ServiceUnavailableException;
import uk.police.hcir.portal.support.PortalWebTest;
import uk.police.hcir.portal.support.PortalWebTestSupport;
import uk.police.hcir.portal.victimcare.VictimCareApi;

@PortalWebTest
class CasePagesTest extends PortalWebTestSupport {

    private static final String CASE_ID = "7f1c2a9e-0000-4000-8000-000000000001";

    @BeforeEach
    void aCase() {
        given(caseApi.find(CASE_ID)).willReturn(Optional.of(CaseFixtures.openCase(CASE_ID, "HC-2026-000101", 4)));
        given(caseApi.questionnaire()).willReturn(CaseFixtures.questionnaire());
    }

    @Test
    void theCasePageShowsTheSummaryTheDeadlineTheVictimsNextUpdateAndTheHistoryEscaped() throws Exception {
        ObjectMapper json = new ObjectMapper();
        given(caseApi.timeline(CASE_ID)).willReturn(List.of(
                new TimelineEntry("uk.police.hcir.case.case-opened", "case-service", Instant.now().minusSeconds(600),
                                  "case-service", "SYSTEM", null, json.createObjectNode()),
                new TimelineEntry("uk.police.hcir.case.investigative-milestone-reached", "case-service",
                                  Instant.now().minusSeconds(60), "pc-2002", "OFFICER",
                                  "<script>alert(1)</script>",
                                  json.readTree("{\"milestone\":\"ARREST\",\"reachedAt\":\"2026-03-01T14:05:00Z\"}"))));
        Instant due = Instant.now().plusSeconds(86_400);
        given(victimCareApi.care(CASE_ID)).willReturn(Optional.of(new VictimCareApi.Care(
                CASE_ID, true, false, "ADULT", "CONSENT", true, "PHONE", "en", false, null, true, List.of("HATE_CRIME"),
                1, null, null, null, null,
                List.of(new VictimCareApi.Duty("arrest-1", "ARREST", due, false, null, null)), List.of(), List.of())));

        String html = openAs("/cases/" + CASE_ID, "officer", "OFFICER");
        Document page = Jsoup.parse(html);

        assertThat(page.select("h1").text()).isEqualTo("Case HC-2026-000101");
        assertThat(page.select("#summary-perceived").text()).isEqualTo("Yes: Race or ethnicity, Religion or belief");
        assertThat(page.select("#task-decision-status").text()).startsWith("Due in");
        assertThat(page.select("#next-update-due").text()).contains("(Arrest)");
        assertThat(page.select("#milestones td").eachText()).contains("Arrest");
        assertThat(page.select("#timeline h3").eachText()).containsExactly("Investigative milestone reached",
                                                                          "Case opened");
        assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void theCasePageStillShowsWhenVictimContactAndTheHistoryCannotBeRead() throws Exception {
        given(caseApi.timeline(CASE_ID)).willThrow(new ServiceUnavailableException(BackendService.REPORTING,
                                                                                    new RuntimeException("down")));
        given(victimCareApi.care(CASE_ID)).willThrow(new ServiceUnavailableException(BackendService.VICTIM_CONTACT,
                                                                                      new RuntimeException("down")));

        Document page = Jsoup.parse(openAs("/cases/" + CASE_ID, "officer", "OFFICER"));

        assertThat(page.select("#victim-contact").text()).contains("cannot be shown just now");
        assertThat(page.text()).contains("The history cannot be shown just now");
    }

    @Test
    void anUnknownCaseIsNotFound() throws Exception {
        given(caseApi.find("nope")).willReturn(Optional.empty());
        mvc.perform(get("/cases/nope").with(user("officer").roles("OFFICER"))).andExpect(status().isNotFound());
    }

    @Test
    void theOfficersQueueIsFilteredByRiskAndOverdueAndPaged() throws Exception {
        List<CaseSummary> cases = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            cases.add(CaseFixtures.openCase("case-" + i, "HC-2026-%06d".formatted(i), 1));
        }
        cases.add(CaseFixtures.highRiskCase("case-high", "HC-2026-000999", 9));
        given(caseApi.search(any())).willReturn(cases);

        Document first = Jsoup.parse(openAs("/cases/mine", "officer", "OFFICER"));
        assertThat(first.select(".hcir-case-table tbody tr")).hasSize(20);
        assertThat(first.select("#queue-count").text()).isEqualTo("Showing 1 to 20 of 26 cases");
        assertThat(first.select(".govuk-pagination__next a").attr("href")).isEqualTo("/cases/mine?page=2");

        Document second = Jsoup.parse(openAs("/cases/mine?page=2", "officer", "OFFICER"));
        assertThat(second.select(".hcir-case-table tbody tr")).hasSize(6);

        Document high = Jsoup.parse(openAs("/cases/mine?risk=HIGH", "officer", "OFFICER"));
        assertThat(high.select(".hcir-case-table tbody th").eachText()).containsExactly("HC-2026-000999");
        assertThat(high.select("#risk option[selected]").text()).isEqualTo("High");

        Document overdue = Jsoup.parse(openAs("/cases/mine?overdue=yes", "officer", "OFFICER"));
        assertThat(overdue.select("#queue-empty").text()).isEqualTo("No cases match these filters.");
    }

    @Test
    void searchingWithABadDateExplainsItAndDoesNotSearch() throws Exception {
        Document page = Jsoup.parse(openAs("/cases/search?reference=&reported-from=31/2/2026", "officer", "OFFICER"));

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary__list a").attr("href")).isEqualTo("#reported-from");
        verify(caseApi, never()).search(any());
    }

    @Test
    void motivationWithoutAnAnswerIsExplainedWithLinksToTheFields() throws Exception {
        Document page = submit(post("/cases/" + CASE_ID + "/motivation").param("expectedVersion", "4"));

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#hostility");
        assertThat(page.select("#hostility-error").text()).contains("Select yes if anyone perceives");
        verify(caseApi, never()).change(any(), any(), anyLong(), anyMap());
    }

    @Test
    void aPerceptionOfHostilityNeedsWhoPerceivesItAndTowardsWhat() throws Exception {
        Document page = submit(post("/cases/" + CASE_ID + "/motivation").param("expectedVersion", "4")
                                                                         .param("hostility", "yes")
                                                                         .param("ownWords", "<b>they said</b>"));

        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#perceivedBy", "#strands");
        assertThat(page.select("#ownWords").text()).isEqualTo("<b>they said</b>");
    }

    @Test
    void recordedMotivationGoesToTheCaseWithTheVersionSeen() throws Exception {
        mvc.perform(post("/cases/" + CASE_ID + "/motivation").with(user("officer").roles("OFFICER")).with(csrf())
                                                             .param("expectedVersion", "4")
                                                             .param("hostility", "yes")
                                                             .param("perceivedBy", "VICTIM")
                                                             .param("strands", "RACE")
                                                             .param("online", "yes"))
           .andExpect(status().is3xxRedirection())
           .andExpect(redirectedUrl("/cases/" + CASE_ID));

        verify(caseApi).change(eq(CASE_ID), eq("motivation"), eq(4L), eq(Map.of(
                "hostilityPerceived", true, "perceivedBy", List.of("VICTIM"), "strands", List.of("RACE"),
                "onlineElement", true)));
    }

    @Test
    void aStaleEditIsExplainedWithWhatChangedAndTheCurrentVersionToSubmitAgain() throws Exception {
        willThrow(CaseFixtures.changedSince(CASE_ID, 6)).given(caseApi)
                                                         .change(eq(CASE_ID), eq("motivation"), eq(4L), anyMap());

        Document page = submit(post("/cases/" + CASE_ID + "/motivation").param("expectedVersion", "4")
                                                                         .param("hostility", "yes")
                                                                         .param("perceivedBy", "WITNESS")
                                                                         .param("strands", "DISABILITY"));

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select("#case-changed h2").text())
                .isEqualTo("Someone else changed this case while you were working on it");
        assertThat(page.select("#case-changed li").text())
                .startsWith("Motivation recorded by pc-2002 (Officer) on 1 March 2026 at 2:05pm");
        assertThat(page.select("#case-changed").text()).contains("Check it, change your answers if you need to, "
                                                                         + "and submit again");
        assertThat(page.select("input[name=expectedVersion]").val()).isEqualTo("6");
        assertThat(page.select("#perceivedBy-WITNESS").hasAttr("checked")).isTrue();
        assertThat(page.select("#current-case").text()).contains("Race or ethnicity");
    }

    @Test
    void theRecordingDecisionShowsItsDeadlineAndNeedsTheCrimesDetails() throws Exception {
        Document form = Jsoup.parse(openAs("/cases/" + CASE_ID + "/recording-decision", "officer", "OFFICER"));
        assertThat(form.select("#deadline").text()).contains("due within 24 hours").contains("(in 2");

        Document page = submit(post("/cases/" + CASE_ID + "/recording-decision").param("expectedVersion", "4")
                                                                                 .param("decision", "CRIME")
                                                                                 .param("offenceCode", "8/76"));

        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#offenceGroup", "#crimeNumber", "#reason");
        assertThat(page.select("#decision").hasAttr("checked")).isTrue();
        assertThat(page.select("#offenceCode").val()).isEqualTo("8/76");
    }

    @Test
    void aRuleTheCaseServiceAppliesIsShownInTheErrorSummary() throws Exception {
        willThrow(CaseFixtures.refused(409, "perception-needed",
                                       "A non-crime hate incident needs a perception of hostility recorded first"))
                .given(caseApi).change(eq(CASE_ID), eq("recording-decision"), eq(4L), anyMap());

        Document page = submit(post("/cases/" + CASE_ID + "/recording-decision").param("expectedVersion", "4")
                                                                                 .param("decision",
                                                                                        "NON_CRIME_HATE_INCIDENT")
                                                                                 .param("reason", "Words only"));

        assertThat(page.select(".govuk-error-summary__list a").text())
                .isEqualTo("A non-crime hate incident needs a perception of hostility recorded first");
        assertThat(page.select(".govuk-error-summary__list a").attr("href")).isEqualTo("#form");
    }

    @Test
    void theRiskScoreOfTheAnswersGivenIsShownWhenSomeAreMissing() throws Exception {
        Document page = submit(post("/cases/" + CASE_ID + "/risk-assessment").param("expectedVersion", "4")
                                                                              .param("answer-H1", "YES")
                                                                              .param("answer-O4", "YES"));

        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#answer-W2");
        assertThat(page.select("#risk-score-points").text()).isEqualTo("7");
        assertThat(page.select("#risk-score-level").text()).isEqualTo("High risk");
        assertThat(page.select("input[name=answer-H1][value=YES]").attr("data-weight")).isEqualTo("3");
        assertThat(page.select("script[src=/js/risk-score.js]")).hasSize(1);
    }

    @Test
    void aCompleteRiskAssessmentIsSentAndItsScoreShownOnTheCase() throws Exception {
        mvc.perform(post("/cases/" + CASE_ID + "/risk-assessment").with(user("officer").roles("OFFICER"))
                                                                  .with(csrf())
                                                                  .param("expectedVersion", "4")
                                                                  .param("answer-H1", "YES")
                                                                  .param("answer-O4", "NO")
                                                                  .param("answer-W2", "UNKNOWN"))
           .andExpect(redirectedUrl("/cases/" + CASE_ID))
           .andExpect(result -> assertThat(result.getFlashMap().get("done"))
                   .isEqualTo("Risk assessed: score 3, standard risk"));

        verify(caseApi).change(eq(CASE_ID), eq("risk-assessments"), eq(4L), eq(Map.of(
                "answers", Map.of("H1", "YES", "O4", "NO", "W2", "UNKNOWN"))));
    }

    @Test
    void aMilestoneInTheFutureIsRefused() throws Exception {
        Document page = submit(post("/cases/" + CASE_ID + "/milestones").param("expectedVersion", "4")
                                                                         .param("milestone", "ARREST")
                                                                         .param("day", "1").param("month", "1")
                                                                         .param("year", "2999"));

        assertThat(page.select(".govuk-error-summary__list a").attr("href")).isEqualTo("#reachedAt-day");
        assertThat(page.select("#reachedAt-day-error").text()).contains("today or in the past");
    }

    @Test
    void correctingTheFlagsNeedsTheReasonTheyWereWrong() throws Exception {
        CaseSummary flagged = CaseFixtures.highRiskCase(CASE_ID, "HC-2026-000101", 7);
        given(caseApi.find(CASE_ID)).willReturn(Optional.of(flagged));

        Document form = Jsoup.parse(openAs("/cases/" + CASE_ID + "/flags", "officer", "OFFICER"));
        assertThat(form.select("h1").text()).isEqualTo("Correct the hate flags");
        assertThat(form.select("#strands").hasAttr("checked")).isTrue();

        Document page = submit(post("/cases/" + CASE_ID + "/flags").param("expectedVersion", "7")
                                                                    .param("strands", "RACE")
                                                                    .param("online", "yes"));

        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#reason");
        verify(caseApi, never()).change(any(), any(), anyLong(), anyMap());
    }

    @Test
    void correctedFlagsGoWithTheirReason() throws Exception {
        given(caseApi.find(CASE_ID)).willReturn(Optional.of(CaseFixtures.highRiskCase(CASE_ID, "HC-2026-000101", 7)));

        mvc.perform(post("/cases/" + CASE_ID + "/flags").with(user("officer").roles("OFFICER")).with(csrf())
                                                        .param("expectedVersion", "7")
                                                        .param("strands", "RACE")
                                                        .param("online", "yes")
                                                        .param("reason", "The abuse was also posted online"))
           .andExpect(redirectedUrl("/cases/" + CASE_ID));

        verify(caseApi).change(eq(CASE_ID), eq("flags/correction"), eq(7L), eq(Map.of(
                "strands", List.of("RACE"), "online", true, "reason", "The abuse was also posted online")));
    }

    @Test
    void aCaseIsAllocatedToATeam() throws Exception {
        Document page = submit(post("/cases/" + CASE_ID + "/allocation").param("expectedVersion", "4")
                                                                         .param("team", " ")
                                                                         .param("officer", "officer"));

        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#team");
        assertThat(page.select("#officer").val()).isEqualTo("officer");
    }

    @Test
    void theTeamQueueAsksForATeamFirst() throws Exception {
        Document page = Jsoup.parse(openAs("/cases/team", "supervisor", "SUPERVISOR"));

        assertThat(page.select("#choose-team").text()).isEqualTo("Enter a team to see its cases.");
        verify(caseApi, never()).search(any());
    }

    @Test
    void casePagesAreForOfficersAndSupervisors() throws Exception {
        mvc.perform(get("/cases/mine").with(user("victim-care").roles("VICTIM_CARE")))
           .andExpect(status().isForbidden());
    }

    private String openAs(String path, String username, String role) throws Exception {
        return mvc.perform(get(path).with(user(username).roles(role)))
                  .andExpect(status().isOk())
                  .andReturn().getResponse().getContentAsString();
    }

    private Document submit(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user("officer").roles("OFFICER")).with(csrf()))
                              .andExpect(status().isOk())
                              .andReturn().getResponse().getContentAsString());
    }
}
