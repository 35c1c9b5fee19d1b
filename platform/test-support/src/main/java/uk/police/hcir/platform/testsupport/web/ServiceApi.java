package uk.police.hcir.platform.testsupport.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.police.hcir.platform.testsupport.identity.TestServiceTokens;

/** A service's HTTP API as a test calls it, as a given user and role, with JSON bodies read as trees. */
public class ServiceApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final TestRestTemplate http;

    public ServiceApi(TestRestTemplate http) {
        this.http = http;
    }

    public record Response(int status, JsonNode body) {
    }

    public Response post(String path, Object body, String user, String role) {
        HttpHeaders headers = headers(user, role);
        headers.setContentType(MediaType.APPLICATION_JSON);
        try {
            return response(http.exchange(path, HttpMethod.POST,
                                          new HttpEntity<>(JSON.writeValueAsString(body), headers), String.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Response get(String path, String user, String role) {
        return response(http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(user, role)), String.class));
    }

    private static HttpHeaders headers(String user, String role) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBearerAuth(TestServiceTokens.token(user, role));
        }
        return headers;
    }

    private static Response response(ResponseEntity<String> response) {
        try {
            String body = response.getBody();
            return new Response(response.getStatusCode().value(), body == null ? null : JSON.readTree(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
