package uk.police.hcir.portal.services;

/** The service answered with a server error (5xx): the request may succeed later. */
public final class ServiceFailedException extends ServiceCallException {

    private final int status;

    public ServiceFailedException(BackendService service, int status) {
        super(service, service.serviceName() + " answered HTTP " + status, null);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
