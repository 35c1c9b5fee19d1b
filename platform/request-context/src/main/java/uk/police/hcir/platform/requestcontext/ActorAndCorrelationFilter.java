package uk.police.hcir.platform.requestcontext;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.police.hcir.platform.servicetoken.InvalidServiceTokenException;
import uk.police.hcir.platform.servicetoken.ServiceToken;
import uk.police.hcir.platform.servicetoken.ServiceTokenVerifier;

/**
 * Establishes who is acting and under which correlation id for each request, and echoes the correlation id back.
 *
 * <p>The acting user is proved by a service token the portal signed ({@code Authorization: Bearer <token>}); a
 * request without one acts as an anonymous member of the public. An unsigned, forged, expired or malformed token is
 * refused with 401, and so is a request that only names a user in headers: nobody is taken at their word. Paths
 * whose callers prove themselves another way (the reporting centres' own credentials) are left to that check.
 */
public class ActorAndCorrelationFilter extends OncePerRequestFilter {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";
    /** Headers that once named the acting user; a request that still sends them is refused, not half-trusted. */
    static final List<String> UNSIGNED_IDENTITY_HEADERS = List.of("X-HCIR-User", "X-HCIR-Role");

    private static final Pattern CORRELATION_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");
    private static final String BEARER = "Bearer ";
    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final ServiceTokenVerifier verifier;
    private final List<String> ownCredentialPaths;

    public ActorAndCorrelationFilter(ServiceTokenVerifier verifier, List<String> ownCredentialPaths) {
        this.verifier = verifier;
        this.ownCredentialPaths = List.copyOf(ownCredentialPaths);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String offered = request.getHeader(CORRELATION_HEADER);
        String correlationId = offered != null && CORRELATION_ID.matcher(offered).matches()
                ? offered
                : UUID.randomUUID().toString();
        response.setHeader(CORRELATION_HEADER, correlationId);

        Actor actor;
        try {
            actor = actorOf(request);
        } catch (InvalidServiceTokenException e) {
            refuse(response, correlationId, e.getMessage());
            return;
        }
        RequestContext.set(new RequestContext(actor, correlationId));
        MDC.put(MDC_KEY, correlationId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
            RequestContext.clear();
        }
    }

    private Actor actorOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (ownCredentialPaths.stream().anyMatch(pattern -> PATHS.match(pattern, path))) {
            return Actor.ANONYMOUS_PUBLIC;
        }
        String authorization = request.getHeader("Authorization");
        if (authorization == null) {
            if (UNSIGNED_IDENTITY_HEADERS.stream().anyMatch(header -> request.getHeader(header) != null)) {
                throw new InvalidServiceTokenException("the acting user must be proved with a signed service token, "
                                                               + "not named in headers");
            }
            return Actor.ANONYMOUS_PUBLIC;
        }
        if (!authorization.startsWith(BEARER)) {
            throw new InvalidServiceTokenException("send the service token as 'Authorization: Bearer <token>'");
        }
        ServiceToken.Identity identity = verifier.verify(authorization.substring(BEARER.length()).trim());
        try {
            return new Actor(identity.userId(), identity.role());
        } catch (IllegalArgumentException e) {
            throw new InvalidServiceTokenException("the token's user or role is not a valid name");
        }
    }

    private static void refuse(HttpServletResponse response, String correlationId, String reason) throws IOException {
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"https://hcir.police.uk/problems/invalid-service-token\","
                                           + "\"title\":\"The acting user could not be established\","
                                           + "\"status\":401,"
                                           + "\"detail\":\"Refused because " + reason.replace("\"", "'") + "\","
                                           + "\"correlationId\":\"" + correlationId + "\"}");
    }
}
