package uk.police.hcir.portal.servicestatus;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import uk.police.hcir.portal.services.BackendService;
import uk.police.hcir.portal.services.ServicesProperties;
import uk.police.hcir.portal.support.TestServiceClients;

/** Readiness read from real readiness probes: one ready, one not yet, one failing, one not listening. */
class ServiceStatusCheckerTest {

    private HttpServer ready;
    private HttpServer notReady;
    private HttpServer failing;

    @BeforeEach
    void startServices() throws IOException {
        ready = probeAnswering(200, "{\"status\":\"UP\"}");
        notReady = probeAnswering(503, "{\"status\":\"OUT_OF_SERVICE\"}");
        failing = probeAnswering(500, "{}");
    }

    @AfterEach
    void stopServices() {
        ready.stop(0);
        notReady.stop(0);
        failing.stop(0);
    }

    @Test
    void eachServiceIsReportedAsItsReadinessProbeAnswers() throws IOException {
        ServicesProperties properties = new ServicesProperties(Map.of(
                "intake-service", endpoint(ready.getAddress().getPort()),
                "case-service", endpoint(notReady.getAddress().getPort()),
                "victim-contact-service", endpoint(failing.getAddress().getPort()),
                "reporting-service", endpoint(closedPort())));
        ServiceStatusChecker checker = new ServiceStatusChecker(
                TestServiceClients.of(properties),
                new SimpleAsyncTaskExecutor(), Clock.systemUTC());

        List<ServiceStatus> statuses = checker.checkAll();

        assertThat(statuses).extracting(ServiceStatus::service).containsExactly(BackendService.values());
        assertThat(statuses).extracting(ServiceStatus::readiness).containsExactly(
                Readiness.READY, Readiness.NOT_READY, Readiness.NOT_READY, Readiness.UNREACHABLE);
        assertThat(statuses).extracting(ServiceStatus::detail).containsExactly(
                "", "Reports that it cannot take work yet", "Answered HTTP 500",
                "Did not answer at reporting-service");
    }

    private static ServicesProperties.Endpoint endpoint(int port) {
        return new ServicesProperties.Endpoint(URI.create("http://127.0.0.1:" + port), Duration.ofSeconds(1),
                                               Duration.ofSeconds(2));
    }

    private static HttpServer probeAnswering(int status, String body) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(ServiceStatusChecker.READINESS_PATH, exchange -> {
            byte[] bytes = body.getBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
