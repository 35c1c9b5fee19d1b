package uk.police.hcir.deploy.tests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.police.hcir.deploy.local.HcirService;

/**
 * The settings a deployment must give an application, worked out from the platform starters its module depends on,
 * so that a service that takes on a starter (the subject-key database, say) is held to its settings at once.
 */
public final class RequiredSettings {

    private RequiredSettings() {
    }

    public static List<String> of(HcirService service) {
        String pom = pomOf(service);
        List<String> required = new ArrayList<>();
        if (pom.contains("<artifactId>hcir-axon-postgres-starter</artifactId>")
                || pom.contains("<artifactId>hcir-axon-observability-starter</artifactId>")) {
            required.addAll(List.of("spring.datasource.url", "spring.datasource.username",
                                    "spring.datasource.password"));
        }
        if (pom.contains("<artifactId>hcir-kafka-messaging-starter</artifactId>")
                || pom.contains("<artifactId>hcir-axon-observability-starter</artifactId>")) {
            required.add("axon.kafka.bootstrap-servers");
        }
        if (pom.contains("<artifactId>hcir-personal-data-starter</artifactId>")) {
            required.addAll(List.of("hcir.personal-data.keys-url", "hcir.personal-data.keys-username",
                                    "hcir.personal-data.keys-password", "hcir.personal-data.key-encryption-key"));
        }
        if (pom.contains("<artifactId>hcir-request-context-starter</artifactId>")) {
            required.add("hcir.identity.token-verification-keys");
        }
        if (service == HcirService.PORTAL) {
            required.add("hcir.portal.service-token.signing-key");
            Arrays.stream(HcirService.values())
                  .filter(other -> other != HcirService.PORTAL)
                  .forEach(other -> required.add("hcir.services." + other.serviceName() + ".url"));
        }
        return required;
    }

    private static String pomOf(HcirService service) {
        try {
            return Files.readString(Repository.moduleOf(service).resolve("pom.xml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
