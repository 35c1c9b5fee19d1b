package uk.police.hcir.portal.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import uk.police.hcir.portal.services.BackendService;
import uk.police.hcir.portal.services.ServiceClients;
import uk.police.hcir.portal.services.ServiceRefusedException;
import uk.police.hcir.portal.services.ServicesProperties;
import uk.police.hcir.portal.support.TestServiceClients;

/** The case API client against a real HTTP server answering as case-service does. */
class CaseApiTest {

    private static final String CASE_JSON = """
            {"caseId":"c-1","reportReference":"HC-2026-000001","channel":"CONTROL_ROOM","status":"OPEN",
             "reportedAt":"2026-03-01T14:00:00Z","openedAt":"2026-03-01T14:00:02Z","victimSubjectId":"s-1",
             "repeatVictim":false,"hostilityPerceived":true,"perceivedStrands":["RACE"],"flags":null,
             "onlineFlag":false,"flagCorrections":0,"decision":null,"decisionDue":"2026-03-02T14:00:00Z",
             "decisionOverdue":false,"decidedAt":null,"offenceGroup":null,"crimeNumber":null,"riskLevel":null,
             "riskReviewDue":null,"riskReviewOverdue":false,"supervisorReviewDue":null,
             "supervisorReviewOverdue":false,"officerId":null,"teamId":null,"outcomeType":null,"closedAt":null,
             "mergedInto":null,"lastChangeAt":"2026-03-01T14:00:02Z","version":%d}""";

    private final AtomicLong version = new AtomicLong(3);
    private final List<String> posted = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private CaseApi cases;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/cases/c-1", exchange -> {
            if ("POST".equals(exchange.getRequestMethod())) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                posted.add(exchange.getRequestURI().getPath() + " " + body);
                if (body.contains("\"expectedVersion\":3")) {
                    version.incrementAndGet();
                    answer(exchange, 204, null, "");
                } else {
                    answer(exchange, 409, "application/problem+json", """
                            {"type":"https://hcir.police.uk/problems/case-changed","status":409,
                             "title":"The case has changed since you looked at it","detail":"Case c-1 is at 4",
                             "currentVersion":4,"changes":[{"version":4,"event":"RiskAssessed","by":"pc-9",
                             "role":"OFFICER","at":"2026-03-01T15:00:00Z"}]}""");
                }
            } else {
                answer(exchange, 200, "application/json", CASE_JSON.formatted(version.get()));
            }
        });
        server.createContext("/api/cases/missing", exchange -> answer(exchange, 404, "application/problem+json",
                "{\"type\":\"https://hcir.police.uk/problems/not-found\",\"status\":404,\"title\":\"Not found\"}"));
        server.start();
        Map<String, ServicesProperties.Endpoint> endpoints = new HashMap<>();
        for (BackendService service : BackendService.values()) {
            endpoints.put(service.serviceName(), new ServicesProperties.Endpoint(
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort()), Duration.ofSeconds(1),
                    Duration.ofSeconds(2)));
        }
        ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
        ServiceClients clients = TestServiceClients.of(new ServicesProperties(endpoints), json);
        cases = new CaseApi(clients, Clock.systemUTC());
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void aCaseIsReadWithItsVersionAndAnUnknownCaseIsEmpty() {
        CaseSummary summary = cases.find("c-1").orElseThrow();

        assertThat(summary.reportReference()).isEqualTo("HC-2026-000001");
        assertThat(summary.perceivedStrands()).containsExactly("RACE");
        assertThat(summary.flagged()).isFalse();
        assertThat(summary.version()).isEqualTo(3);
        assertThat(cases.find("missing")).isEmpty();
    }

    @Test
    void aChangeNamesTheVersionSeenAndReturnsOnceTheSummaryShowsIt() {
        cases.change("c-1", "motivation", 3, Map.of("hostilityPerceived", true));

        assertThat(posted).containsExactly("/api/cases/c-1/motivation {\"hostilityPerceived\":true,"
                                                   + "\"expectedVersion\":3}");
        assertThat(cases.find("c-1").orElseThrow().version()).isEqualTo(4);
    }

    @Test
    void aChangeToACaseThatMovedOnSaysWhatChanged() {
        assertThatThrownBy(() -> cases.change("c-1", "motivation", 2, Map.of()))
                .isInstanceOfSatisfying(ServiceRefusedException.class, refusal -> {
                    CaseChanged changed = CaseChanged.in(refusal).orElseThrow();
                    assertThat(changed.currentVersion()).isEqualTo(4);
                    assertThat(changed.changes()).singleElement().satisfies(change -> {
                        assertThat(change.event()).isEqualTo("RiskAssessed");
                        assertThat(change.by()).isEqualTo("pc-9");
                        assertThat(change.at()).hasToString("2026-03-01T15:00:00Z");
                    });
                });
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (type != null) {
            exchange.getResponseHeaders().set("Content-Type", type);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } else {
            exchange.close();
        }
    }
}
