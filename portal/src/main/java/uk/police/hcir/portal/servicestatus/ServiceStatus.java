package uk.police.hcir.portal.servicestatus;

import java.time.Duration;
import uk.police.hcir.portal.services.BackendService;

/**
 * One service's readiness when the portal asked.
 *
 * @param detail what went wrong, in words for an administrator; empty when ready
 * @param took   how long the service took to answer, or until the portal gave up
 */
public record ServiceStatus(BackendService service, Readiness readiness, String detail, Duration took) {
}
