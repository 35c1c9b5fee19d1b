package uk.police.hcir.intake.support;

import uk.police.hcir.platform.testsupport.identity.TestServiceTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Intake's HTTP API as a test calls it, with who is calling. */
public final class IntakeApi {

    public static final String PARTNER_CREDENTIAL = "test-centre-credential-0123456789abcdef";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final TestRestTemplate http;

    public IntakeApi(TestRestTemplate http) {
        this.http = http;
    }

    public record Response(int status, JsonNode body, HttpHeaders headers) {
    }

    public Response post(String path, Object body, Map<String, String> headers) {
        HttpHeaders httpHeaders = new HttpHeaders();
        httpHeaders.setContentType(MediaType.APPLICATION_JSON);
        headers.forEach(httpHeaders::set);
        String json = body instanceof String text ? text : SampleReports.json(body);
        return response(http.exchange(path, HttpMethod.POST, new HttpEntity<>(json, httpHeaders), String.class));
    }

    public Response get(String path, Map<String, String> headers) {
        HttpHeaders httpHeaders = new HttpHeaders();
        headers.forEach(httpHeaders::set);
        return response(http.exchange(path, HttpMethod.GET, new HttpEntity<>(httpHeaders), String.class));
    }

    public static Map<String, String> as(String user, String role) {
        return TestServiceTokens.actingAs(user, role);
    }

    public static Map<String, String> partner() {
        return Map.of("Authorization", "Bearer " + PARTNER_CREDENTIAL);
    }

    private static Response response(ResponseEntity<String> response) {
        try {
            JsonNode body = response.getBody() == null ? null : JSON.readTree(response.getBody());
            return new Response(response.getStatusCode().value(), body, response.getHeaders());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
