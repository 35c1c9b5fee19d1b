package uk.police.hcir.platform.requestcontext;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers 503 with a problem detail when a request fails because the service's database did not answer.
 *
 * <p>Spring MVC takes any exception with an {@code EOFException}, a "broken pipe" or a "connection reset by peer"
 * among its causes for a client that has gone away, and answers with an empty 200. A PostgreSQL server that dies
 * in the middle of a query fails the query with exactly such a cause, so a report that was never stored was
 * answered "200 OK". This resolver runs first and answers such failures for what they are.
 */
public class UnavailableDatabaseExceptionResolver implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(UnavailableDatabaseExceptionResolver.class);
    private static final Set<String> DATABASE_FAILURES = Set.of(
            "org.springframework.dao.DataAccessException",
            "org.springframework.transaction.TransactionException",
            "org.axonframework.common.jdbc.JdbcException");
    private static final int MOST_CAUSES_FOLLOWED = 20;

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception exception) {
        if (!causedByTheDatabase(exception) || response.isCommitted()) {
            return null;
        }
        log.warn("{} {} failed because the database did not answer: {}", request.getMethod(),
                 request.getRequestURI(), exception.toString());
        String correlationId = RequestContext.current().map(RequestContext::correlationId).orElse("");
        try {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader("Retry-After", "5");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"https://hcir.police.uk/problems/database-unavailable\","
                                               + "\"title\":\"The service's database did not answer\","
                                               + "\"status\":503,"
                                               + "\"detail\":\"The request may not have been recorded. Try again.\","
                                               + "\"correlationId\":\"" + correlationId + "\"}");
        } catch (IOException e) {
            log.debug("Could not answer {} {}", request.getMethod(), request.getRequestURI(), e);
        }
        return new ModelAndView();
    }

    static boolean causedByTheDatabase(Throwable exception) {
        Throwable cause = exception;
        for (int followed = 0; cause != null && followed < MOST_CAUSES_FOLLOWED; followed++) {
            if (cause instanceof SQLException || isA(cause.getClass())) {
                return true;
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return false;
    }

    private static boolean isA(Class<?> type) {
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            if (DATABASE_FAILURES.contains(current.getName())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
