package uk.police.hcir.portal.servicestatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.stereotype.Component;
import uk.police.hcir.portal.services.BackendService;
import uk.police.hcir.portal.services.ServiceClients;
import uk.police.hcir.portal.services.ServiceFailedException;
import uk.police.hcir.portal.services.ServiceRefusedException;
import uk.police.hcir.portal.services.ServiceUnavailableException;

/** Asks every service's readiness probe at once, so one slow service does not hold up the others' answers. */
@Component
public class ServiceStatusChecker {

    static final String READINESS_PATH = "/actuator/health/readiness";

    private final ServiceClients services;
    private final AsyncTaskExecutor executor;
    private final Clock clock;

    public ServiceStatusChecker(ServiceClients services,
                                @Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor, Clock clock) {
        this.services = services;
        this.executor = executor;
        this.clock = clock;
    }

    public List<ServiceStatus> checkAll() {
        List<CompletableFuture<ServiceStatus>> checks = Arrays.stream(BackendService.values())
                .map(service -> CompletableFuture.supplyAsync(() -> check(service), executor))
                .toList();
        return checks.stream().map(CompletableFuture::join).toList();
    }

    ServiceStatus check(BackendService service) {
        Instant started = clock.instant();
        Readiness readiness;
        String detail;
        try {
            services.client(service).get().uri(READINESS_PATH).retrieve().toBodilessEntity();
            readiness = Readiness.READY;
            detail = "";
        } catch (ServiceFailedException e) {
            readiness = Readiness.NOT_READY;
            detail = e.status() == 503 ? "Reports that it cannot take work yet" : "Answered HTTP " + e.status();
        } catch (ServiceRefusedException e) {
            readiness = Readiness.NOT_READY;
            detail = "Answered HTTP " + e.status();
        } catch (ServiceUnavailableException e) {
            readiness = Readiness.UNREACHABLE;
            detail = "Did not answer at " + e.service().serviceName();
        }
        return new ServiceStatus(service, readiness, detail, Duration.between(started, clock.instant()));
    }
}
