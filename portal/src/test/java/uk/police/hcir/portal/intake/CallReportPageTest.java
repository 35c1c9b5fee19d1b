package uk.police.hcir.portal.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
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

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.police.hcir.portal.intakeapi.IntakeApi;
import uk.police.hcir.portal.services.BackendService;
import uk.police.hcir.portal.services.ServiceRefusedException;
import uk.police.hcir.portal.support.PortalWebTest;
import uk.police.hcir.portal.support.PortalWebTestSupport;

@PortalWebTest
class CallReportPageTest extends PortalWebTestSupport {

    private static final RequestPostProcessor CALL_HANDLER = user("call-handler").roles("CALL_HANDLER");
    private static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");

    @Test
    void theFormAsksThePerceptionQuestionWithNoAnswerChosenAndGradesTheCallWithThrive() throws Exception {
        Document page = page(mvc.perform(get("/reports/new").with(CALL_HANDLER)).andExpect(status().isOk()).andReturn());

        assertThat(page.title()).isEqualTo("Record a call – Hate Crime Initial Response");
        assertThat(page.select("input[name=perception]")).extracting(e -> e.attr("value"))
                                                         .containsExactly("YES", "NO", "UNSURE", "NOT_ASKED");
        assertThat(page.select("input[name=perception][checked]")).isEmpty();
        assertThat(page.select("#perception").attr("data-aria-controls")).isEqualTo("conditional-perception-yes");
        assertThat(page.select("input[name=strands]")).extracting(e -> e.attr("value")).contains(
                "RACE", "RELIGION", "SEXUAL_ORIENTATION", "DISABILITY", "TRANSGENDER_IDENTITY",
                "ALTERNATIVE_SUBCULTURE", "SEX");
        for (String element : List.of("threat", "harm", "risk", "investigation", "vulnerability", "engagement")) {
            assertThat(page.select("input[name=" + element + "]")).hasSize(3);
        }
        assertThat(page.select("form[action=/reports/new] input[name=_csrf]")).hasSize(1);
        assertThat(page.select("input[name=submissionKey]").attr("value")).matches("[0-9a-f-]{36}");
    }

    @Test
    void anEmptyFormIsRefusedWithEveryMissingAnswerInPageOrderEachLinkingToItsField() throws Exception {
        Document page = page(mvc.perform(post("/reports/new").with(CALL_HANDLER).with(csrf()))
                                .andExpect(status().isOk()).andReturn());

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary__list a")).extracting(e -> e.attr("href")).containsExactly(
                "#reporterRole", "#whatHappened", "#location", "#occurredDay", "#perception", "#threat", "#harm",
                "#risk", "#investigation", "#vulnerability", "#engagement", "#grade", "#policeContact",
                "#referralToSupport");
        assertThat(page.select(".govuk-error-summary__list a").first().text()).isEqualTo("Select who is calling");
        assertThat(page.select("#perception-error").text())
                .isEqualTo("Error: Select whether anyone thinks it happened because of hostility or prejudice");
        verify(intakeApi, never()).submit(any(), anyMap(), anyString(), any());
    }

    @Test
    void aYesToThePerceptionQuestionNeedsWhoPerceivesItAndWhatItWasAboutAndKeepsEveryAnswer() throws Exception {
        Map<String, String> answers = validCall();
        answers.remove("perceivedBy");
        answers.remove("strands");

        Document page = page(mvc.perform(form(post("/reports/new"), answers).with(CALL_HANDLER).with(csrf()))
                                .andReturn());

        assertThat(page.select(".govuk-error-summary__list a")).extracting(e -> e.text()).containsExactly(
                "Select who thinks it was hostility or prejudice", "Select what the hostility or prejudice was about");
        assertThat(page.select("#whatHappened").text()).isEqualTo(answers.get("whatHappened"));
        assertThat(page.select("#location").attr("value")).isEqualTo(answers.get("location"));
        assertThat(page.select("#perception").hasAttr("checked")).isTrue();
        assertThat(page.select("input[name=threat][value=HIGH]").hasAttr("checked")).isTrue();
        assertThat(page.select("#victimName").attr("value")).isEqualTo("Amira Hussain");
    }

    @Test
    void aCallIsSentToTheControlRoomChannelWithItsThriveGradingAndTheReferenceIsConfirmed() throws Exception {
        given(intakeApi.submit(eq(IntakeApi.Channel.CONTROL_ROOM), anyMap(), anyString(), isNull()))
                .willReturn(new IntakeApi.Accepted("r-1", "HC-2026-000042"));

        MvcResult sent = mvc.perform(form(post("/reports/new"), validCall()).with(CALL_HANDLER).with(csrf()))
                            .andExpect(redirectedUrl("/reports/new/confirmation"))
                            .andExpect(flash().attributeExists("accepted"))
                            .andReturn();

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> report = ArgumentCaptor.forClass(Map.class);
        verify(intakeApi).submit(eq(IntakeApi.Channel.CONTROL_ROOM), report.capture(), eq("key-00000001"),
                                 isNull());
        assertThat(report.getValue()).containsEntry("reporterRole", "VICTIM");
        assertThat(report.getValue().get("perception")).isEqualTo(Map.of(
                "asked", "ASKED", "hostilityPerceived", true, "perceivedBy", List.of("VICTIM"),
                "strands", List.of("RELIGION", "RACE"), "ownWords", "They went for me because I wear a hijab."));
        assertThat(report.getValue().get("thrive")).isEqualTo(Map.of(
                "threat", "HIGH", "harm", "MEDIUM", "risk", "HIGH", "investigation", "MEDIUM",
                "vulnerability", "LOW", "engagement", "MEDIUM", "grade", "PRIORITY"));
        assertThat(report.getValue().get("consent")).isEqualTo(Map.of("policeContact", "CONSENTS_TO_CONTACT",
                                                                      "referralToSupport", true));
        @SuppressWarnings("unchecked")
        Map<String, Object> incident = (Map<String, Object>) report.getValue().get("incident");
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1);
        assertThat(incident.get("occurredFrom"))
                .isEqualTo(yesterday.atTime(14, 30).atZone(ZoneId.of("Europe/London")).toInstant().toString());

        Document confirmation = page(mvc.perform(get("/reports/new/confirmation").with(CALL_HANDLER)
                                                         .flashAttrs(sent.getFlashMap()))
                                        .andExpect(status().isOk()).andReturn());
        assertThat(confirmation.select(".govuk-panel--confirmation h1").text()).isEqualTo("Report recorded");
        assertThat(confirmation.select("#report-reference").text()).isEqualTo("HC-2026-000042");
    }

    @Test
    void theConfirmationWithoutAReportGoesBackToTheForm() throws Exception {
        mvc.perform(get("/reports/new/confirmation").with(CALL_HANDLER)).andExpect(redirectedUrl("/reports/new"));
    }

    @Test
    void anOfficersReportGoesToTheOfficerChannelWithoutThriveOrCaller() throws Exception {
        Document form = page(mvc.perform(get("/reports/new").with(OFFICER)).andReturn());
        assertThat(form.title()).isEqualTo("Record a report – Hate Crime Initial Response");
        assertThat(form.select("input[name=threat]")).isEmpty();
        assertThat(form.select("input[name=reporterRole]")).isEmpty();
        given(intakeApi.submit(eq(IntakeApi.Channel.OFFICER), anyMap(), anyString(), isNull()))
                .willReturn(new IntakeApi.Accepted("r-2", "HC-2026-000043"));

        Map<String, String> answers = validCall();
        answers.put("perceivedBy", "OFFICER");
        mvc.perform(form(post("/reports/new"), answers).with(OFFICER).with(csrf()))
           .andExpect(redirectedUrl("/reports/new/confirmation"));

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> report = ArgumentCaptor.forClass(Map.class);
        verify(intakeApi).submit(eq(IntakeApi.Channel.OFFICER), report.capture(), anyString(), isNull());
        assertThat(report.getValue()).containsEntry("reporterRole", "OFFICER").doesNotContainKey("thrive");
    }

    @Test
    void aRefusalByIntakeIsShownAgainstTheFieldsItNames() throws Exception {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The report is not valid");
        problem.setProperty("errors", List.of(Map.of("field", "incident.occurredFrom",
                                                     "message", "must not be in the future"),
                                              Map.of("field", "victim.contactPreferences.language",
                                                     "message", "must be a language tag such as en or pl")));
        given(intakeApi.submit(any(), anyMap(), anyString(), any()))
                .willThrow(new ServiceRefusedException(BackendService.INTAKE, 400, problem));

        Document page = page(mvc.perform(form(post("/reports/new"), validCall()).with(CALL_HANDLER).with(csrf()))
                                .andExpect(status().isOk()).andReturn());

        assertThat(page.select(".govuk-error-summary__list a")).extracting(e -> e.attr("href"))
                                                                .containsExactly("#occurredDay", "#language");
        assertThat(page.select("#occurredDay-error").text()).isEqualTo("Error: must not be in the future");
    }

    @Test
    void aDateInTheFutureAndANotAskedQuestionWithoutAReasonAreRefused() throws Exception {
        Map<String, String> answers = validCall();
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/London")).plusDays(1);
        answers.put("occurredDay", String.valueOf(tomorrow.getDayOfMonth()));
        answers.put("occurredMonth", String.valueOf(tomorrow.getMonthValue()));
        answers.put("occurredYear", String.valueOf(tomorrow.getYear()));
        answers.put("perception", "NOT_ASKED");

        Document page = page(mvc.perform(form(post("/reports/new"), answers).with(CALL_HANDLER).with(csrf()))
                                .andReturn());

        assertThat(page.select(".govuk-error-summary__list a")).extracting(e -> e.text()).containsExactly(
                "The date and time it happened must be in the past", "Enter why the question could not be asked");
    }

    @Test
    void anAnonymousVictimsDetailsAreRefused() throws Exception {
        Map<String, String> answers = validCall();
        answers.put("policeContact", "FULLY_ANONYMOUS");

        Document page = page(mvc.perform(form(post("/reports/new"), answers).with(CALL_HANDLER).with(csrf()))
                                .andReturn());

        assertThat(page.select(".govuk-error-summary__list a").attr("href")).isEqualTo("#victimName");
    }

    @Test
    void aScriptTypedIntoTheFormIsShownAsText() throws Exception {
        Map<String, String> answers = validCall();
        answers.remove("location");
        answers.put("whatHappened", "<script>alert('x')</script>");
        answers.put("ownWords", "<img src=x onerror=alert(1)>");

        String html = mvc.perform(form(post("/reports/new"), answers).with(CALL_HANDLER).with(csrf()))
                         .andReturn().getResponse().getContentAsString();

        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x")
                        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(Jsoup.parse(html).select("#whatHappened").text()).isEqualTo("<script>alert('x')</script>");
    }

    @Test
    void victimCareStaffCannotOpenTheForm() throws Exception {
        mvc.perform(get("/reports/new").with(user("victim-care").roles("VICTIM_CARE")))
           .andExpect(status().isForbidden());
    }

    static Map<String, String> validCall() {
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1);
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("submissionKey", "key-00000001");
        answers.put("reporterRole", "VICTIM");
        answers.put("whatHappened", "Two men shouted abuse at her about her headscarf and one spat at her.");
        answers.put("wordsUsed", "Go back to where you came from");
        answers.put("location", "Bus stop outside 14 Prince of Wales Road, Norwich");
        answers.put("area", "Norwich City Centre");
        answers.put("occurredDay", String.valueOf(yesterday.getDayOfMonth()));
        answers.put("occurredMonth", String.valueOf(yesterday.getMonthValue()));
        answers.put("occurredYear", String.valueOf(yesterday.getYear()));
        answers.put("occurredTime", "14:30");
        answers.put("perception", "YES");
        answers.put("perceivedBy", "VICTIM");
        answers.put("strands", "RELIGION,RACE");
        answers.put("ownWords", "They went for me because I wear a hijab.");
        answers.put("threat", "HIGH");
        answers.put("harm", "MEDIUM");
        answers.put("risk", "HIGH");
        answers.put("investigation", "MEDIUM");
        answers.put("vulnerability", "LOW");
        answers.put("engagement", "MEDIUM");
        answers.put("grade", "PRIORITY");
        answers.put("policeContact", "CONSENTS_TO_CONTACT");
        answers.put("victimName", "Amira Hussain");
        answers.put("victimPhone", "07700 900123");
        answers.put("language", "en");
        answers.put("referralToSupport", "yes");
        return answers;
    }

    static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, String> answers) {
        answers.forEach((field, value) -> request.param(field, value.split(",")));
        return request;
    }

    static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
