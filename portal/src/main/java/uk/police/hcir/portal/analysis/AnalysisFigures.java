package uk.police.hcir.portal.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import uk.police.hcir.portal.services.BackendService;
import uk.police.hcir.portal.services.ServiceClients;

/** The reporting service's figures for analysts: each dashboard, and the Home Office hate crime return. */
@Component
public class AnalysisFigures {

    private static final MediaType CSV = new MediaType("text", "csv");
    private final RestClient reporting;

    public AnalysisFigures(ServiceClients clients) {
        this.reporting = clients.client(BackendService.REPORTING);
    }

    public List<String> dashboards() {
        List<String> names = reporting.get().uri("/api/dashboards").accept(MediaType.APPLICATION_JSON).retrieve()
                                      .body(new ParameterizedTypeReference<List<String>>() { });
        return names == null ? List.of() : names;
    }

    public Figures figures(String name) {
        return reporting.get().uri("/api/dashboards/{name}", name).accept(MediaType.APPLICATION_JSON).retrieve()
                        .body(Figures.class);
    }

    public String csv(String name) {
        return reporting.get().uri("/api/dashboards/{name}", name).accept(CSV).retrieve().body(String.class);
    }

    public JsonNode homeOfficeReturn(String financialYear) {
        return reporting.get().uri("/api/returns/home-office-hate-crime?financialYear={year}", financialYear)
                        .accept(MediaType.APPLICATION_JSON).retrieve().body(JsonNode.class);
    }

    public String homeOfficeReturnCsv(String financialYear) {
        return reporting.get().uri("/api/returns/home-office-hate-crime?financialYear={year}", financialYear)
                        .accept(CSV).retrieve().body(String.class);
    }

    /** One dashboard's figures as a table. */
    public record Figures(String name, String title, List<String> columns, List<List<Object>> rows) {
    }
}
