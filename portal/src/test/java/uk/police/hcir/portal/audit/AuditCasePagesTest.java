package uk.police.hcir.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.police.hcir.portal.support.PortalWebTest;
import uk.police.hcir.portal.support.PortalWebTestSupport;

@PortalWebTest
class AuditCasePagesTest extends PortalWebTestSupport {

    private static final String CASE_ID = "0b6f7d3e-5a1c-4c2e-9f0a-1d2e3f4a5b6c";
    private static final Instant OPENED = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant FLAGGED = Instant.parse("2026-03-02T11:00:00Z");
    private static final Instant DECIDED = Instant.parse("2026-03-03T09:30:00Z");
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void findingWithNothingEnteredAsksForAReferenceOrId() throws Exception {
        Document page = page(get("/audit/cases").param("case", "  "));

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary__list a").text()).isEqualTo("Enter a case reference or case ID");
        assertThat(page.select(".govuk-error-summary__list a").attr("href")).isEqualTo("#case");
        assertThat(page.select("#case-error").text()).contains("Enter a case reference or case ID");
    }

    @Test
    void aReferenceNoCaseHasIsExplained() throws Exception {
        given(auditRecords.casesWithReference("HC-26-999999")).willReturn(List.of());

        Document page = page(get("/audit/cases").param("case", "HC-26-999999"));

        assertThat(page.select(".govuk-error-summary__list a").text())
                .isEqualTo("No case has that reference or ID. Check it and try again");
        assertThat(page.select("#case").val()).isEqualTo("HC-26-999999");
    }

    @Test
    void textThatCannotBeAReferenceIsRefusedWithoutAskingTheService() throws Exception {
        Document page = page(get("/audit/cases").param("case", "<script>"));

        assertThat(page.select(".govuk-error-summary__list a").text()).startsWith("Enter a case reference such as");
    }

    @Test
    void aCaseFoundByItsReferenceOrIdOpensItsHistory() throws Exception {
        given(auditRecords.casesWithReference("HC-26-000123")).willReturn(List.of(CASE_ID));
        given(auditRecords.auditTrail(CASE_ID)).willReturn(Optional.of(trail()));

        mvc.perform(get("/audit/cases").param("case", " HC-26-000123 ").with(auditor()))
           .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/audit/cases/" + CASE_ID));
        mvc.perform(get("/audit/cases").param("case", CASE_ID).with(auditor()))
           .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/audit/cases/" + CASE_ID));
    }

    @Test
    void movingBackInTimeShowsTheCaseAsItStoodWithPreviousAndNextEventLinks() throws Exception {
        given(auditRecords.auditTrail(CASE_ID)).willReturn(Optional.of(trail()));
        ObjectNode state = json.createObjectNode().put("caseId", CASE_ID).put("status", "OPEN")
                               .put("riskLevel", (String) null);
        state.putArray("flaggedStrands").add("RACE");
        given(auditRecords.stateAt(CASE_ID, FLAGGED.plusSeconds(60))).willReturn(state);
        given(auditRecords.changes(CASE_ID, OPENED, FLAGGED)).willReturn(new AuditRecords.CaseChanges(
                CASE_ID, OPENED, FLAGGED,
                List.of(new AuditRecords.FieldChange("flaggedStrands", json.createArrayNode(),
                                                     json.createArrayNode().add("RACE"))),
                List.of(new AuditRecords.EventSummary("e2", "uk.police.hcir.case.hate-flags-applied", FLAGGED,
                                                      "pc-1", null))));

        Document page = page(get("/audit/cases/" + CASE_ID).param("at", FLAGGED.plusSeconds(60).toString()));

        assertThat(page.select("h1").text()).isEqualTo("HC-26-000123");
        assertThat(page.select("#moment-heading").text()).isEqualTo("The case as it stood at 2 March 2026, 11:01:00 am");
        assertThat(page.select("#at").val()).isEqualTo("2026-03-02T11:01");
        assertThat(page.select("#case-state [data-field=flaggedStrands] dd").text()).isEqualTo("RACE");
        assertThat(page.select("#case-state [data-field=riskLevel] dd").text()).isEqualTo("Not recorded");
        assertThat(page.select("#changes tbody tr").text()).isEqualTo("Flagged strands None RACE");
        assertThat(page.select("#events-so-far").text()).isEqualTo("2 of 3 events had occurred by then.");
        assertThat(page.select("#previous-event").attr("href")).contains("at=" + OPENED);
        assertThat(page.select("#next-event").attr("href")).contains("at=" + DECIDED);
        assertThat(page.select("#history tbody tr")).hasSize(3);
        assertThat(page.select("#history tbody tr.hcir-row--happened")).hasSize(2);
    }

    @Test
    void aDateAndTimeThatIsNotRealIsAnErrorOnTheTimeField() throws Exception {
        given(auditRecords.auditTrail(CASE_ID)).willReturn(Optional.of(trail()));
        given(auditRecords.stateAt(eq(CASE_ID), any())).willReturn(json.createObjectNode());
        given(auditRecords.changes(eq(CASE_ID), any(), any())).willReturn(
                new AuditRecords.CaseChanges(CASE_ID, OPENED, DECIDED, List.of(), List.of()));

        Document page = page(get("/audit/cases/" + CASE_ID).param("at", "2026-02-30T25:00"));

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary__list a").attr("href")).isEqualTo("#at");
        assertThat(page.select("#at-error").text()).contains("Enter a real date and time");
        assertThat(page.select("#at").val()).isEqualTo("2026-02-30T25:00");
    }

    @Test
    void aDateAndTimeBeforeTheFirstEventShowsNothingRecordedYet() throws Exception {
        given(auditRecords.auditTrail(CASE_ID)).willReturn(Optional.of(trail()));

        Document page = page(get("/audit/cases/" + CASE_ID).param("at", "2026-03-01T09:00"));

        assertThat(page.select("#before-first").text()).isEqualTo("Nothing had been recorded about this case by then.");
        assertThat(page.select("#next-event").attr("href")).contains("at=" + OPENED);
        assertThat(page.select("#previous-event")).isEmpty();
    }

    @Test
    void verifyingTheChainShowsTheFirstBrokenLink() throws Exception {
        given(auditRecords.auditTrail(CASE_ID)).willReturn(Optional.of(trail()));
        given(auditRecords.stateAt(eq(CASE_ID), any())).willReturn(json.createObjectNode());
        given(auditRecords.changes(eq(CASE_ID), any(), any())).willReturn(
                new AuditRecords.CaseChanges(CASE_ID, OPENED, DECIDED, List.of(), List.of()));
        given(auditRecords.verify(CASE_ID)).willReturn(new AuditRecords.CaseVerification(
                CASE_ID, false, 1, null, new AuditRecords.BrokenLink(2, "e2", "ENTRY_ALTERED", "a", "b")));

        Document page = page(get("/audit/cases/" + CASE_ID).param("verify", "chain"));

        assertThat(page.select("#verification-result .govuk-warning-text").text()).contains("The chain is broken");
        assertThat(page.select("#broken-link dd").eachText()).containsExactly("2", "ENTRY_ALTERED", "e2");
    }

    @Test
    void theExportDownloadsTheServicesJsonAsItIs() throws Exception {
        given(auditRecords.auditTrail(CASE_ID)).willReturn(Optional.of(trail()));
        given(auditRecords.export(CASE_ID)).willReturn("{\"caseId\":\"x\"}".getBytes());

        mvc.perform(get("/audit/cases/" + CASE_ID + "/export.json").with(auditor()))
           .andExpect(status().isOk())
           .andExpect(header().string("Content-Disposition",
                                      "attachment; filename=\"audit-trail-" + CASE_ID + ".json\""))
           .andExpect(result -> assertThat(result.getResponse().getContentAsString()).isEqualTo("{\"caseId\":\"x\"}"));
    }

    @Test
    void thePrintablePageListsEveryLinkWithItsChainHash() throws Exception {
        given(auditRecords.auditTrail(CASE_ID)).willReturn(Optional.of(trail()));
        given(auditRecords.stateAt(eq(CASE_ID), any())).willReturn(json.createObjectNode().put("status", "OPEN"));
        given(auditRecords.exportDocument(CASE_ID)).willReturn(json.readTree("""
                {"caseId":"%s","hashAlgorithm":"SHA-256","chainRule":"chain(n) = SHA-256(chain(n-1) || entry(n))",
                 "verification":{"intact":true,"eventsChecked":1,"headHash":"abc"},
                 "events":[{"seq":1,"eventType":"uk.police.hcir.case.case-opened","occurredAt":"2026-03-02T10:00:00Z",
                            "actorId":"pc-1","actorRole":"OFFICER","chainHash":"abc"}]}""".formatted(CASE_ID)));

        Document page = page(get("/audit/cases/" + CASE_ID + "/print"));

        assertThat(page.select("#print-verification").text()).isEqualTo("Intact: all 1 links hold");
        assertThat(page.select("#print-history tbody tr").text())
                .isEqualTo("1 uk.police.hcir.case.case-opened 2 March 2026, 10:00:00 am pc-1 (OFFICER) abc");
    }

    @Test
    void anUnknownCaseIsPageNotFound() throws Exception {
        given(auditRecords.auditTrail(CASE_ID)).willReturn(Optional.empty());

        mvc.perform(get("/audit/cases/" + CASE_ID).with(auditor())).andExpect(status().isNotFound());
        mvc.perform(get("/audit/cases/not-a-case-id").with(auditor())).andExpect(status().isNotFound());
    }

    @Test
    void onlyAuditorsOpenCaseHistories() throws Exception {
        mvc.perform(get("/audit/cases").with(user("analyst").roles("ANALYST"))).andExpect(status().isForbidden());
        mvc.perform(get("/audit/cases/" + CASE_ID).with(user("officer").roles("OFFICER")))
           .andExpect(status().isForbidden());
    }

    private AuditRecords.AuditTrail trail() throws Exception {
        return new AuditRecords.AuditTrail(CASE_ID, List.of(
                new AuditRecords.Entry("e1", "uk.police.hcir.case.case-opened", "2", "/hcir/case-service", OPENED,
                                       "pc-1", "OFFICER", "c1", null, null,
                                       json.readTree("{\"reportReference\":\"HC-26-000123\"}")),
                new AuditRecords.Entry("e2", "uk.police.hcir.case.hate-flags-applied", "1", "/hcir/case-service",
                                       FLAGGED, "pc-1", "OFFICER", "c2", null, null, json.readTree("{}")),
                new AuditRecords.Entry("e3", "uk.police.hcir.case.recording-decision-made", "1",
                                       "/hcir/case-service", DECIDED, "pc-1", "OFFICER", "c3", null, "Crime",
                                       json.readTree("{}"))));
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(auditor())).andExpect(status().isOk())
                              .andReturn().getResponse().getContentAsString());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor auditor() {
        return user("auditor").roles("AUDITOR");
    }
}
