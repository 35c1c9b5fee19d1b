package uk.police.hcir.portal.services;

/** A call to a service that did not give the portal an answer it can use. */
public abstract sealed class ServiceCallException extends RuntimeException
        permits ServiceUnavailableException, ServiceFailedException, ServiceRefusedException {

    private final BackendService service;

    ServiceCallException(BackendService service, String message, Throwable cause) {
        super(message, cause);
        this.service = service;
    }

    public BackendService service() {
        return service;
    }
}
