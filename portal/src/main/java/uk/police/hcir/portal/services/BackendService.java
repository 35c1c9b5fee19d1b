package uk.police.hcir.portal.services;

/** The services the portal calls on its users' behalf, by the name their {@code hcir.services.*.url} uses. */
public enum BackendService {

    INTAKE("intake-service", "Intake"),
    CASE("case-service", "Case"),
    VICTIM_CONTACT("victim-contact-service", "Victim contact"),
    REPORTING("reporting-service", "Reporting");

    private final String serviceName;
    private final String title;

    BackendService(String serviceName, String title) {
        this.serviceName = serviceName;
        this.title = title;
    }

    public String serviceName() {
        return serviceName;
    }

    public String title() {
        return title;
    }
}
