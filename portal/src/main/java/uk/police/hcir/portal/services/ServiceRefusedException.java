package uk.police.hcir.portal.services;

import java.util.Optional;
import org.springframework.http.ProblemDetail;

/**
 * The service refused the request (4xx), usually with an RFC 9457 problem that says why; pages show the
 * problem's detail where the person can do something about it.
 */
public final class ServiceRefusedException extends ServiceCallException {

    private final int status;
    private final transient ProblemDetail problem;

    public ServiceRefusedException(BackendService service, int status, ProblemDetail problem) {
        super(service, service.serviceName() + " refused the request with HTTP " + status
                + (problem != null && problem.getTitle() != null ? ": " + problem.getTitle() : ""), null);
        this.status = status;
        this.problem = problem;
    }

    public int status() {
        return status;
    }

    public Optional<ProblemDetail> problem() {
        return Optional.ofNullable(problem);
    }
}
