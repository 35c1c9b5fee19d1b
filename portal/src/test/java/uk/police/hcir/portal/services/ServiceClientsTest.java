package uk.police.hcir.portal.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.security.KeyPair;
import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.client.RestClient;
import uk.police.hcir.platform.servicetoken.ServiceToken;
import uk.police.hcir.platform.servicetoken.ServiceTokenKeys;
import uk.police.hcir.platform.servicetoken.ServiceTokenSigner;
import uk.police.hcir.platform.servicetoken.ServiceTokenVerifier;

/** The service clients against a real HTTP server that answers as a service would, or fails to. */
class ServiceClientsTest {

    private static final KeyPair PORTAL_KEYS = ServiceTokenKeys.generate();
    private static final ServiceTokenSigner PORTAL_SIGNER =
            ServiceTokenSigner.fromPem(ServiceTokenKeys.privateKeyPem(PORTAL_KEYS), Clock.systemUTC());

    private final CountDownLatch releaseSlowAnswer = new CountDownLatch(1);
    private final Map<String, String> lastRequestHeaders = new ConcurrentHashMap<>();
    private HttpServer server;
    private ServiceClients clients;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok", exchange -> {
            exchange.getRequestHeaders().forEach((name, values) -> lastRequestHeaders.put(name.toLowerCase(), values.get(0)));
            answer(exchange, 200, "application/json", "{\"status\":\"UP\"}");
        });
        server.createContext("/unavailable", exchange ->
                answer(exchange, 503, "application/json", "{\"status\":\"OUT_OF_SERVICE\"}"));
        server.createContext("/missing", exchange -> answer(exchange, 404, "application/problem+json",
                "{\"type\":\"https://hcir.police.uk/problems/no-such-case\",\"title\":\"No such case\","
                        + "\"status\":404,\"detail\":\"There is no case HC-2026-000042\"}"));
        server.createContext("/slow", exchange -> {
            try {
                releaseSlowAnswer.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 200, "application/json", "{}");
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();

        Map<String, ServicesProperties.Endpoint> endpoints = new HashMap<>();
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        for (BackendService service : BackendService.values()) {
            endpoints.put(service.serviceName(), new ServicesProperties.Endpoint(
                    service == BackendService.REPORTING ? URI.create("http://127.0.0.1:" + closedPort()) : base,
                    Duration.ofSeconds(2), Duration.ofSeconds(2)));
        }
        ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
        clients = new ServiceClients(RestClient.builder(), new ServicesProperties(endpoints), json, PORTAL_SIGNER);
    }

    @AfterEach
    void stopServer() {
        releaseSlowAnswer.countDown();
        server.stop(0);
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSuccessfulCallReturnsTheBody() {
        String body = clients.client(BackendService.INTAKE).get().uri("/ok").retrieve().body(String.class);

        assertThat(body).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void everyCallProvesTheSignedInUserAndTheirRoleWithATokenTheServicesCanVerify() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "officer", null, List.of(new SimpleGrantedAuthority("ROLE_OFFICER"))));

        clients.client(BackendService.CASE).get().uri("/ok").retrieve().toBodilessEntity();

        String authorization = lastRequestHeaders.get("authorization");
        assertThat(authorization).startsWith("Bearer ");
        ServiceTokenVerifier service = ServiceTokenVerifier.fromPem(ServiceTokenKeys.publicKeyPem(PORTAL_KEYS),
                                                                    Clock.systemUTC());
        assertThat(service.verify(authorization.substring("Bearer ".length())))
                .isEqualTo(new ServiceToken.Identity("officer", "OFFICER"));
        assertThat(lastRequestHeaders).doesNotContainKeys("x-hcir-user", "x-hcir-role");
        assertThat(lastRequestHeaders.get("x-correlation-id")).matches("[0-9a-f-]{36}");
    }

    @Test
    void aCallWithNoSignedInUserCarriesNoActingUser() {
        clients.client(BackendService.CASE).get().uri("/ok").retrieve().toBodilessEntity();

        assertThat(lastRequestHeaders).doesNotContainKeys("authorization", "x-hcir-user", "x-hcir-role");
    }

    @Test
    void aServerErrorBecomesServiceFailedWithItsStatus() {
        assertThatThrownBy(() -> clients.client(BackendService.CASE).get().uri("/unavailable").retrieve()
                                        .toBodilessEntity())
                .isInstanceOfSatisfying(ServiceFailedException.class, failed -> {
                    assertThat(failed.status()).isEqualTo(503);
                    assertThat(failed.service()).isEqualTo(BackendService.CASE);
                });
    }

    @Test
    void aRefusalBecomesServiceRefusedWithTheProblemItGave() {
        assertThatThrownBy(() -> clients.client(BackendService.VICTIM_CONTACT).get().uri("/missing").retrieve()
                                        .body(String.class))
                .isInstanceOfSatisfying(ServiceRefusedException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(404);
                    assertThat(refused.problem()).hasValueSatisfying(problem -> {
                        assertThat(problem.getTitle()).isEqualTo("No such case");
                        assertThat(problem.getDetail()).isEqualTo("There is no case HC-2026-000042");
                    });
                });
    }

    @Test
    void aServiceThatIsNotListeningIsUnavailable() {
        assertThatThrownBy(() -> clients.client(BackendService.REPORTING).get().uri("/ok").retrieve()
                                        .toBodilessEntity())
                .isInstanceOf(ServiceUnavailableException.class)
                .extracting(failure -> ((ServiceCallException) failure).service())
                .isEqualTo(BackendService.REPORTING);
    }

    @Test
    void aServiceSlowerThanTheReadTimeoutIsUnavailable() {
        long started = System.nanoTime();

        assertThatThrownBy(() -> clients.client(BackendService.INTAKE).get().uri("/slow").retrieve()
                                        .toBodilessEntity())
                .isInstanceOf(ServiceUnavailableException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aServiceWithNoAddressConfiguredStopsThePortalFromStarting() {
        ServicesProperties none = new ServicesProperties(Map.of());

        assertThatThrownBy(() -> new ServiceClients(RestClient.builder(), none, new ObjectMapper(), PORTAL_SIGNER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("hcir.services.intake-service.url");
    }

    private static void answer(HttpExchange exchange, int status, String type, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
