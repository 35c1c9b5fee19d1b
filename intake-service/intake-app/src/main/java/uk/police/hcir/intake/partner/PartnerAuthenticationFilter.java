package uk.police.hcir.intake.partner;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.police.hcir.platform.webapi.ApiProblem;

/**
 * Lets a request into the partner API only with a reporting centre's own credential
 * ({@code Authorization: Bearer <credential>}), and tells the endpoints which centre it is.
 */
public class PartnerAuthenticationFilter extends OncePerRequestFilter {

    public static final String CENTRE_ATTRIBUTE = "uk.police.hcir.intake.partner.PartnerCentre";

    private final PartnerCentres centres;

    public PartnerAuthenticationFilter(PartnerCentres centres) {
        this.centres = centres;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/partner/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader("Authorization");
        Optional<PartnerCentre> centre = authorization != null && authorization.startsWith("Bearer ")
                ? centres.authenticate(authorization.substring("Bearer ".length()).trim())
                : Optional.empty();
        if (centre.isEmpty()) {
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"hcir-partner\"");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"" + ApiProblem.TYPE_BASE + "partner-not-authenticated\","
                                               + "\"title\":\"The reporting centre is not recognised\","
                                               + "\"status\":401,\"detail\":\"Send your centre's credential as "
                                               + "'Authorization: Bearer <credential>'\"}");
            return;
        }
        request.setAttribute(CENTRE_ATTRIBUTE, centre.get());
        chain.doFilter(request, response);
    }
}
