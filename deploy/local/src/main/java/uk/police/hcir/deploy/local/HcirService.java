package uk.police.hcir.deploy.local;

import java.util.Optional;

/** The applications of the stack, each with the port it serves on locally and the database it owns. */
public enum HcirService {

    INTAKE("intake-service", 8081, "intake"),
    CASE("case-service", 8082, "cases"),
    VICTIM_CONTACT("victim-contact-service", 8083, "victim_contact"),
    REPORTING("reporting-service", 8084, "reporting"),
    PORTAL("portal", 8080, null);

    private final String serviceName;
    private final int defaultPort;
    private final String database;

    HcirService(String serviceName, int defaultPort, String database) {
        this.serviceName = serviceName;
        this.defaultPort = defaultPort;
        this.database = database;
    }

    public String serviceName() {
        return serviceName;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public Optional<String> database() {
        return Optional.ofNullable(database);
    }

    public String jarName() {
        return serviceName + ".jar";
    }
}
