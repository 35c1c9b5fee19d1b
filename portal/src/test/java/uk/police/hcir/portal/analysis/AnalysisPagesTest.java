package uk.police.hcir.portal.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.police.hcir.portal.support.PortalWebTest;
import uk.police.hcir.portal.support.PortalWebTestSupport;

@PortalWebTest
class AnalysisPagesTest extends PortalWebTestSupport {

    @Test
    void everyDashboardIsAnAccessibleChartWithItsTableAndCsvLink() throws Exception {
        given(analysisFigures.dashboards()).willReturn(List.of("open-cases-by-risk", "perception-question-asked",
                                                               "repeat-victims"));
        given(analysisFigures.figures("open-cases-by-risk")).willReturn(new AnalysisFigures.Figures(
                "open-cases-by-risk", "Open cases by risk level", List.of("riskLevel", "cases"),
                List.of(List.of("HIGH", 2), List.of("STANDARD", 8))));
        given(analysisFigures.figures("perception-question-asked")).willReturn(new AnalysisFigures.Figures(
                "perception-question-asked", "How often the perception question was asked",
                List.of("by", "channelOrTeam", "reports", "asked", "askedPercent"),
                List.of(List.of("CHANNEL", "CONTROL_ROOM", 4, 3, 75.0))));
        given(analysisFigures.figures("repeat-victims")).willReturn(new AnalysisFigures.Figures(
                "repeat-victims", "Repeat victims", List.of("victims", "repeatVictims"), List.of()));

        Document page = page(get("/analysis/dashboards"));

        assertThat(page.select("section.hcir-dashboard h2").eachText()).containsExactly(
                "Open cases by risk level", "How often the perception question was asked", "Repeat victims");
        var chart = page.select("#open-cases-by-risk svg").first();
        assertThat(chart.attr("role")).isEqualTo("img");
        assertThat(chart.attr("aria-labelledby")).isEqualTo("open-cases-by-risk-chart-title open-cases-by-risk-chart-desc");
        assertThat(chart.select("title").text()).isEqualTo("Open cases by risk level");
        assertThat(chart.select("rect")).hasSize(2);
        assertThat(chart.select("rect").get(1).attr("width")).isEqualTo("380");
        assertThat(chart.select("rect").get(0).attr("width")).isEqualTo("95");
        assertThat(page.select("#open-cases-by-risk tbody tr").eachText()).containsExactly("High 2", "Standard 8");
        assertThat(page.select("#open-cases-by-risk thead th").eachText()).containsExactly("Risk level", "Cases");
        assertThat(page.select("#perception-question-asked svg rect")).as("a percentage is charted on its own")
                                                                        .hasSize(1);
        assertThat(page.select("#perception-question-asked svg text").eachText()).contains("Channel Control room", "75");
        assertThat(page.select("#repeat-victims svg")).isEmpty();
        assertThat(page.select("#repeat-victims tbody").text()).isEqualTo("No figures yet");
        assertThat(page.select("#open-cases-by-risk a[download]").attr("href"))
                .isEqualTo("/analysis/dashboards/open-cases-by-risk.csv");
    }

    @Test
    void aDashboardDownloadsAsCsv() throws Exception {
        given(analysisFigures.dashboards()).willReturn(List.of("open-cases-by-risk"));
        given(analysisFigures.csv("open-cases-by-risk")).willReturn("riskLevel,cases\r\nHIGH,2\r\n");

        mvc.perform(get("/analysis/dashboards/open-cases-by-risk.csv").with(analyst()))
           .andExpect(status().isOk())
           .andExpect(header().string("Content-Disposition", "attachment; filename=\"open-cases-by-risk.csv\""))
           .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                   .isEqualTo("riskLevel,cases\r\nHIGH,2\r\n"));
        mvc.perform(get("/analysis/dashboards/no-such.csv").with(analyst())).andExpect(status().isNotFound());
    }

    @Test
    void theReturnWithoutAYearChosenAsksForOne() throws Exception {
        Document page = page(get("/analysis/home-office-return").param("financialYear", ""));

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary__list a").text())
                .isEqualTo("Select the financial year of the return");
        assertThat(page.select(".govuk-error-summary__list a").attr("href")).isEqualTo("#financialYear");
        assertThat(page.select("#financialYear option")).hasSizeGreaterThan(1);
        verify(analysisFigures, never()).homeOfficeReturn(anyString());
    }

    @Test
    void aYearNotOfferedIsRefused() throws Exception {
        Document page = page(get("/analysis/home-office-return").param("financialYear", "1999-01"));

        assertThat(page.select("#financialYear-error").text()).contains("Select the financial year of the return");
    }

    @Test
    void aChosenYearShowsTheReturnAndLinksItsCsv() throws Exception {
        String year = page(get("/analysis/home-office-return")).select("#financialYear option").get(1).val();
        given(analysisFigures.homeOfficeReturn(year)).willReturn(new ObjectMapper().readTree("""
                {"financialYear":"2025/26",
                 "rows":[{"offenceGroup":"PUBLIC_ORDER","byStrand":{"RACE":2,"RELIGION":1},"offences":2}],
                 "total":{"offenceGroup":"TOTAL","byStrand":{"RACE":2,"RELIGION":1},"offences":2}}"""));
        given(analysisFigures.homeOfficeReturnCsv(year)).willReturn("offenceGroup,RACE\r\n");

        Document page = page(get("/analysis/home-office-return").param("financialYear", year));

        assertThat(page.select("#return thead th").eachText()).containsExactly("Offence group", "Race", "Religion",
                                                                              "Offences");
        assertThat(page.select("#return tbody tr").eachText()).containsExactly("Public order 2 1 2", "Total 2 1 2");
        assertThat(page.select("#download-return").attr("href"))
                .isEqualTo("/analysis/home-office-return.csv?financialYear=" + year);
        mvc.perform(get("/analysis/home-office-return.csv").param("financialYear", year).with(analyst()))
           .andExpect(status().isOk())
           .andExpect(header().string("Content-Disposition",
                                      "attachment; filename=\"hate-crime-return-" + year + ".csv\""));
    }

    @Test
    void onlyAnalystsAndSupervisorsOpenTheAnalysisPages() throws Exception {
        mvc.perform(get("/analysis/dashboards").with(user("auditor").roles("AUDITOR")))
           .andExpect(status().isForbidden());
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(analyst())).andExpect(status().isOk())
                              .andReturn().getResponse().getContentAsString());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor analyst() {
        return user("analyst").roles("ANALYST");
    }
}
