package uk.police.hcir.platform.testsupport.permissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.police.hcir.platform.testsupport.identity.TestServiceTokens;

/**
 * Holds a running service to its part of the permission matrix: it serves exactly the endpoints the matrix lists,
 * and calling each as every role and as nobody is refused exactly where the matrix says. A call the matrix allows
 * may still be refused for its content (the calls carry placeholder ids and empty bodies); it must not be refused
 * for who made it, nor fail with a server error.
 */
public final class PermissionMatrixCheck {

    private static final String PLACEHOLDER_ID = "PM-00000000";

    private PermissionMatrixCheck() {
    }

    /** Every mismatch between the service and the matrix; the calls made are counted in the returned report. */
    public static Report check(String serviceName, RequestMappingHandlerMapping mappings, TestRestTemplate http) {
        PermissionMatrix matrix = PermissionMatrix.of(serviceName);
        List<String> mismatches = new ArrayList<>();

        Map<String, String> requiredParameters = requiredParameters(mappings);
        Set<String> served = requiredParameters.keySet();
        Set<String> listed = new TreeSet<>();
        matrix.rules().forEach(rule -> listed.add(rule.endpoint()));
        served.stream().filter(endpoint -> !listed.contains(endpoint))
              .forEach(endpoint -> mismatches.add(endpoint + " is served but not in the matrix"));
        listed.stream().filter(endpoint -> !served.contains(endpoint))
              .forEach(endpoint -> mismatches.add(endpoint + " is in the matrix but not served"));

        int calls = 0;
        int unexpectedAllows = 0;
        for (PermissionMatrix.Rule rule : matrix.rules()) {
            if (!served.contains(rule.endpoint())) {
                continue;
            }
            for (String caller : PermissionMatrix.callers()) {
                int status = call(http, rule, requiredParameters.get(rule.endpoint()), caller);
                calls++;
                String who = caller == null ? "nobody" : caller;
                Integer refusal = expectedRefusal(rule, caller);
                if (refusal != null && status != refusal) {
                    mismatches.add(rule.endpoint() + " as " + who + ": expected " + refusal + ", got " + status);
                    if (status != 401 && status != 403) {
                        unexpectedAllows++;
                    }
                } else if (refusal == null && (status == 401 || status == 403 || status >= 500)) {
                    mismatches.add(rule.endpoint() + " as " + who + ": expected to be let in, got " + status);
                }
            }
        }
        return new Report(serviceName, matrix.rules().size(), calls, unexpectedAllows, mismatches);
    }

    /** What a check found. */
    public record Report(String service, int endpoints, int calls, int unexpectedAllows, List<String> mismatches) {

        public void assertMatches() {
            System.out.printf("Permission matrix of %s: %d endpoints, %d calls, %d unexpected allows, %d mismatches%n",
                              service, endpoints, calls, unexpectedAllows, mismatches.size());
            assertThat(mismatches).as("differences from docs/security/permissions.md").isEmpty();
            assertThat(unexpectedAllows).isZero();
        }
    }

    private static Integer expectedRefusal(PermissionMatrix.Rule rule, String caller) {
        return switch (rule.access()) {
            case ANYONE -> null;
            case REPORTING_CENTRES -> 401;
            case ROLES -> caller == null ? Integer.valueOf(401) : rule.roles().contains(caller) ? null : 403;
        };
    }

    private static int call(TestRestTemplate http, PermissionMatrix.Rule rule, String query, String caller) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.valueOf("text/csv"), MediaType.ALL));
        if (caller != null) {
            headers.setBearerAuth(TestServiceTokens.token("permission-check", caller));
        }
        HttpMethod method = HttpMethod.valueOf(rule.method());
        String body = null;
        if (method != HttpMethod.GET && method != HttpMethod.DELETE) {
            headers.setContentType(MediaType.APPLICATION_JSON);
            body = "{}";
        }
        String path = rule.path().replaceAll("\\{[^}]+}", PLACEHOLDER_ID) + query;
        return http.exchange(path, method, new HttpEntity<>(body, headers), String.class).getStatusCode().value();
    }

    /**
     * Every API endpoint served, with the query its mapping requires to match (such as {@code ?reference=...}), so
     * that a call reaches the endpoint rather than missing it.
     */
    private static Map<String, String> requiredParameters(RequestMappingHandlerMapping mappings) {
        Map<String, String> endpoints = new TreeMap<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            String query = info.getParamsCondition().getExpressions().stream()
                               .filter(expression -> !expression.isNegated())
                               .map(expression -> expression.getName() + "=" + PLACEHOLDER_ID)
                               .reduce((a, b) -> a + "&" + b).map(params -> "?" + params).orElse("");
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                if (methods.isEmpty()) {
                    endpoints.merge("ANY " + pattern, query, PermissionMatrixCheck::shorter);
                }
                methods.forEach(method -> endpoints.merge(method.name() + " " + pattern, query,
                                                          PermissionMatrixCheck::shorter));
            }
        }
        return endpoints;
    }

    /** Of two mappings of one endpoint, the one that asks least of the query. */
    private static String shorter(String a, String b) {
        return a.length() <= b.length() ? a : b;
    }
}
