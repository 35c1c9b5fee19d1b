package uk.police.hcir.portal.services;

import java.io.IOException;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.police.hcir.platform.servicetoken.ServiceTokenSigner;
import uk.police.hcir.portal.security.SignedInUser;

/**
 * Proves to the service who is acting, with a short-lived token signed for the signed-in user and the role they act
 * in, and says under which correlation id. Without a signed-in user the call goes as a member of the public.
 */
final class ActingUserToken implements ClientHttpRequestInterceptor {

    static final String CORRELATION_HEADER = "X-Correlation-Id";
    static final String CORRELATION_MDC_KEY = "correlationId";

    private final ServiceTokenSigner signer;

    ActingUserToken(ServiceTokenSigner signer) {
        this.signer = signer;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        SignedInUser.from(SecurityContextHolder.getContext().getAuthentication()).ifPresent(user ->
                user.primaryRole().ifPresent(role ->
                        request.getHeaders().setBearerAuth(signer.sign(user.id(), role.name()))));
        String correlationId = MDC.get(CORRELATION_MDC_KEY);
        request.getHeaders().set(CORRELATION_HEADER, correlationId != null ? correlationId : UUID.randomUUID().toString());
        return execution.execute(request, body);
    }
}
