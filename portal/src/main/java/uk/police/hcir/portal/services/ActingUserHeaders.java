package uk.police.hcir.portal.services;

import java.io.IOException;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.police.hcir.portal.security.SignedInUser;

/**
 * Tells the service who is acting (the signed-in user and the role they act in) and under which correlation id,
 * in the headers the services read until they validate signed tokens.
 */
final class ActingUserHeaders implements ClientHttpRequestInterceptor {

    static final String USER_HEADER = "X-HCIR-User";
    static final String ROLE_HEADER = "X-HCIR-Role";
    static final String CORRELATION_HEADER = "X-Correlation-Id";
    static final String CORRELATION_MDC_KEY = "correlationId";

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        SignedInUser.from(SecurityContextHolder.getContext().getAuthentication()).ifPresent(user ->
                user.primaryRole().ifPresent(role -> {
                    request.getHeaders().set(USER_HEADER, user.id());
                    request.getHeaders().set(ROLE_HEADER, role.name());
                }));
        String correlationId = MDC.get(CORRELATION_MDC_KEY);
        request.getHeaders().set(CORRELATION_HEADER, correlationId != null ? correlationId : UUID.randomUUID().toString());
        return execution.execute(request, body);
    }
}
