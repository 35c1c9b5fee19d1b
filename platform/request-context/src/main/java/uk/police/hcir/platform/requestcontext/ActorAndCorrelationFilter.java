package uk.police.hcir.platform.requestcontext;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Establishes who is acting and under which correlation id for each request, and echoes the correlation id back.
 *
 * <p>Until the services validate signed tokens, the acting user is taken from the {@code X-HCIR-User} and
 * {@code X-HCIR-Role} headers that the portal sets; a request without them acts as an anonymous member of the
 * public.
 */
public class ActorAndCorrelationFilter extends OncePerRequestFilter {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    public static final String USER_HEADER = "X-HCIR-User";
    public static final String ROLE_HEADER = "X-HCIR-Role";
    public static final String MDC_KEY = "correlationId";

    private static final Pattern CORRELATION_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");

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
        } catch (IllegalArgumentException e) {
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

    private static Actor actorOf(HttpServletRequest request) {
        String user = request.getHeader(USER_HEADER);
        String role = request.getHeader(ROLE_HEADER);
        if (user == null && role == null) {
            return Actor.ANONYMOUS_PUBLIC;
        }
        if (user == null || role == null) {
            throw new IllegalArgumentException(USER_HEADER + " and " + ROLE_HEADER + " must be sent together");
        }
        return new Actor(user, role);
    }

    private static void refuse(HttpServletResponse response, String correlationId, String detail) throws IOException {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"https://hcir.police.uk/problems/invalid-actor\","
                                           + "\"title\":\"The acting user could not be established\","
                                           + "\"status\":400,"
                                           + "\"detail\":\"" + detail.replace("\"", "'") + "\","
                                           + "\"correlationId\":\"" + correlationId + "\"}");
    }
}
