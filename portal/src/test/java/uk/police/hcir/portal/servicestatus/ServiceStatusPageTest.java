package uk.police.hcir.portal.servicestatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.police.hcir.portal.services.BackendService;
import uk.police.hcir.portal.support.PortalWebTest;
import uk.police.hcir.portal.support.PortalWebTestSupport;

@PortalWebTest
class ServiceStatusPageTest extends PortalWebTestSupport {

    @Test
    void everyServiceIsListedWithItsReadiness() throws Exception {
        given(serviceStatusChecker.checkAll()).willReturn(List.of(
                new ServiceStatus(BackendService.INTAKE, Readiness.READY, "", Duration.ofMillis(12)),
                new ServiceStatus(BackendService.CASE, Readiness.NOT_READY, "Reports that it cannot take work yet",
                                  Duration.ofMillis(30)),
                new ServiceStatus(BackendService.VICTIM_CONTACT, Readiness.UNREACHABLE,
                                  "Did not answer at victim-contact-service", Duration.ofSeconds(2)),
                new ServiceStatus(BackendService.REPORTING, Readiness.READY, "", Duration.ofMillis(8))));

        Document page = open();

        assertThat(page.select("#service-status tbody tr th").eachText())
                .containsExactly("Intake", "Case", "Victim contact", "Reporting");
        assertThat(page.select("#service-status tbody tr .govuk-tag").eachText())
                .containsExactly("Ready", "Not ready", "Cannot be reached", "Ready");
        assertThat(page.select("tr[data-service=victim-contact-service] td").get(1).text())
                .isEqualTo("Did not answer at victim-contact-service");
        assertThat(page.select(".govuk-warning-text").text()).contains("Some parts of the service are not ready");
    }

    @Test
    void noWarningIsShownWhenEveryServiceIsReady() throws Exception {
        given(serviceStatusChecker.checkAll()).willReturn(List.of(
                new ServiceStatus(BackendService.INTAKE, Readiness.READY, "", Duration.ofMillis(5))));

        Document page = open();

        assertThat(page.select(".govuk-warning-text")).isEmpty();
        assertThat(page.select("#service-status .govuk-tag--green").eachText()).containsExactly("Ready");
    }

    private Document open() throws Exception {
        return Jsoup.parse(mvc.perform(get("/admin/service-status").with(user("administrator").roles("ADMINISTRATOR")))
                              .andExpect(status().isOk())
                              .andReturn().getResponse().getContentAsString());
    }
}
