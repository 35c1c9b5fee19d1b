package uk.police.hcir.portal.errors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import uk.police.hcir.portal.services.ServiceCallException;

/**
 * A page whose service call failed says the service is unavailable and to try later; the cause goes to the log,
 * never to the page.
 */
@ControllerAdvice
class ServiceCallFailures {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceCallFailures.class);

    @ExceptionHandler(ServiceCallException.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String serviceUnavailable(ServiceCallException failure) {
        LOG.warn("A page could not be shown: {}", failure.getMessage());
        return "error/service-unavailable";
    }
}
