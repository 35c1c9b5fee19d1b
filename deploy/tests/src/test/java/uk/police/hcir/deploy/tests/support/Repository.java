package uk.police.hcir.deploy.tests.support;

import java.nio.file.Files;
import java.nio.file.Path;
import uk.police.hcir.deploy.local.HcirService;

/** Where things are in the repository these checks read. */
public final class Repository {

    private Repository() {
    }

    public static Path root() {
        String named = System.getProperty("hcir.repository.root");
        Path root = named == null || named.isBlank() ? Path.of("../..") : Path.of(named);
        if (!Files.isRegularFile(root.resolve("pom.xml"))) {
            throw new IllegalStateException("No repository at " + root.toAbsolutePath());
        }
        return root.toAbsolutePath().normalize();
    }

    public static Path resolve(String relative) {
        return root().resolve(relative);
    }

    /** The Maven module of each application. */
    public static Path moduleOf(HcirService service) {
        return switch (service) {
            case INTAKE -> resolve("intake-service/intake-app");
            case CASE -> resolve("case-service/case-app");
            case VICTIM_CONTACT -> resolve("victim-contact-service/victim-contact-app");
            case REPORTING -> resolve("reporting-service/reporting-app");
            case PORTAL -> resolve("portal");
        };
    }
}
