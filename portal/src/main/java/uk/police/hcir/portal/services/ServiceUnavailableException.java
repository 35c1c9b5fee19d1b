package uk.police.hcir.portal.services;

/** The service could not be reached, or did not answer in time. */
public final class ServiceUnavailableException extends ServiceCallException {

    public ServiceUnavailableException(BackendService service, Throwable cause) {
        super(service, service.serviceName() + " could not be reached: " + cause, cause);
    }
}
