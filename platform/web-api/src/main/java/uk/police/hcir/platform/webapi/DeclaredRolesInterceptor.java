package uk.police.hcir.platform.webapi;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Lets a request reach an API endpoint only when the acting user holds a role the endpoint declares with
 * {@link RolesAllowed} (on the method, or else on its controller), or the endpoint is declared {@link PermitAll}.
 * The check runs before the request body is read, so a refusal says nothing about the request's content; an API
 * endpoint that declares neither is refused to everyone, so a forgotten declaration closes the door instead of
 * opening it.
 */
public class DeclaredRolesInterceptor implements HandlerInterceptor {

    static final String API_PATHS = "/api/";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod endpoint)
                || !request.getRequestURI().substring(request.getContextPath().length()).startsWith(API_PATHS)) {
            return true;
        }
        if (isPublic(endpoint)) {
            return true;
        }
        RolesAllowed roles = declaredRoles(endpoint).orElseThrow(() -> new ApiProblem(
                HttpStatus.FORBIDDEN, "no-permission-declared", "Not allowed",
                "This endpoint does not say who may use it, so nobody may"));
        ActingUser.requireRole(roles.value());
        return true;
    }

    /** Whether anyone, signed in or not, may use the endpoint. */
    public static boolean isPublic(HandlerMethod endpoint) {
        return endpoint.hasMethodAnnotation(PermitAll.class)
                || AnnotatedElementUtils.hasAnnotation(endpoint.getBeanType(), PermitAll.class)
                        && !endpoint.hasMethodAnnotation(RolesAllowed.class);
    }

    /** The roles the endpoint is for: the method's declaration, or else its controller's. */
    public static Optional<RolesAllowed> declaredRoles(HandlerMethod endpoint) {
        RolesAllowed onMethod = endpoint.getMethodAnnotation(RolesAllowed.class);
        if (onMethod != null) {
            return Optional.of(onMethod);
        }
        return Optional.ofNullable(AnnotatedElementUtils.findMergedAnnotation(endpoint.getBeanType(),
                                                                             RolesAllowed.class));
    }
}
