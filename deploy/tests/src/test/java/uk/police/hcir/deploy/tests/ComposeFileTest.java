package uk.police.hcir.deploy.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import uk.police.hcir.deploy.local.HcirService;
import uk.police.hcir.deploy.local.LocalStack;
import uk.police.hcir.deploy.tests.support.Repository;
import uk.police.hcir.deploy.tests.support.RequiredSettings;
import uk.police.hcir.deploy.tests.support.SpringSettings;
import uk.police.hcir.deploy.tests.support.Yaml;

/** The compose file runs every application, each once what it needs is healthy, with every setting it needs. */
class ComposeFileTest {

    private static final Path COMPOSE = Repository.resolve("deploy/compose");
    private static final JsonNode FILE = Yaml.read(COMPOSE.resolve("compose.yaml"));
    private static final JsonNode SERVICES = FILE.path("services");

    @ParameterizedTest
    @EnumSource(HcirService.class)
    void everyApplicationRunsFromItsImageOnItsPort(HcirService application) {
        JsonNode service = SERVICES.path(application.serviceName());

        assertThat(service.isObject()).as("%s in compose.yaml", application.serviceName()).isTrue();
        assertThat(service.path("image").asText())
                .matches("\\$\\{HCIR_IMAGE_REPOSITORY:-hcir}/" + application.serviceName() + ":.+");
        assertThat(service.path("environment").path("SERVER_PORT").asInt()).isEqualTo(application.defaultPort());
        assertThat(service.path("environment").path("SPRING_PROFILES_ACTIVE").asText())
                .isEqualTo(LocalStack.LOCAL_PROFILE);
    }

    @ParameterizedTest
    @EnumSource(HcirService.class)
    void everyApplicationIsHealthyOnlyWhenLiveAndReady(HcirService application) {
        JsonNode test = SERVICES.path(application.serviceName()).path("healthcheck").path("test");

        assertThat(texts(test)).containsExactly("CMD", "hcir-probe", "liveness", "readiness");
        assertThat(Repository.resolve("deploy/images/extra/usr/local/bin/hcir-probe")).isExecutable();
    }

    @ParameterizedTest
    @EnumSource(HcirService.class)
    void everyApplicationWaitsForWhatItNeedsToBeHealthy(HcirService application) {
        JsonNode dependsOn = SERVICES.path(application.serviceName()).path("depends_on");
        List<String> needs = new ArrayList<>();
        if (application == HcirService.PORTAL) {
            Arrays.stream(HcirService.values()).filter(other -> other != HcirService.PORTAL)
                  .forEach(other -> needs.add(other.serviceName()));
        } else {
            needs.addAll(List.of("postgres", "kafka"));
        }

        for (String needed : needs) {
            assertThat(dependsOn.path(needed).path("condition").asText())
                    .as("%s waits for %s", application.serviceName(), needed).isEqualTo("service_healthy");
            assertThat(SERVICES.path(needed).path("healthcheck").path("test").isArray())
                    .as("%s has a health check", needed).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(HcirService.class)
    void everyApplicationGetsEverySettingItRequires(HcirService application) throws IOException {
        JsonNode service = SERVICES.path(application.serviceName());
        String mounted = null;
        for (JsonNode volume : service.path("volumes")) {
            String[] parts = volume.asText().split(":");
            if (parts.length >= 2 && parts[1].equals("/etc/hcir/application.yaml")) {
                mounted = Files.readString(COMPOSE.resolve(parts[0]));
            }
        }
        assertThat(mounted).as("%s mounts its configuration at /etc/hcir/application.yaml",
                               application.serviceName()).isNotNull();
        SpringSettings settings = SpringSettings.of(mounted, fieldNames(service.path("environment")));

        assertThat(RequiredSettings.of(application)).isNotEmpty()
                                                    .allSatisfy(property -> assertThat(settings.sets(property))
                                                            .as("%s sets %s", application.serviceName(), property)
                                                            .isTrue());
    }

    @ParameterizedTest
    @EnumSource(value = HcirService.class, names = "PORTAL", mode = EnumSource.Mode.EXCLUDE)
    void everyServiceUsesItsOwnDatabaseAndItsOwnRole(HcirService application) throws IOException {
        SpringSettings settings = SpringSettings.of(
                Files.readString(COMPOSE.resolve("config/" + application.serviceName() + ".yaml")), List.of());
        String database = application.database().orElseThrow();

        assertThat(settings.value("spring.datasource.url")).isEqualTo("jdbc:postgresql://postgres:5432/" + database);
        assertThat(settings.value("spring.datasource.username")).isEqualTo(database);
        assertThat(settings.value("axon.kafka.bootstrap-servers")).isEqualTo("kafka:9092");
    }

    @Test
    void theInitScriptCreatesADatabaseAndRoleForEveryServiceAndTheSubjectKeys() throws IOException {
        String script = Files.readString(COMPOSE.resolve("postgres/init-databases.sh"));
        List<String> databases = new ArrayList<>();
        Arrays.stream(HcirService.values()).forEach(service -> service.database().ifPresent(databases::add));
        databases.add(LocalStack.SUBJECT_KEYS_DATABASE);

        for (String database : databases) {
            Matcher created = Pattern.compile("(?m)^create_database " + database + " " + database
                                                      + " \"\\$(HCIR_[A-Z_]+)\"$").matcher(script);
            assertThat(created.find()).as("the init script creates %s", database).isTrue();
            assertThat(SERVICES.path("postgres").path("environment").has(created.group(1)))
                    .as("postgres is given %s", created.group(1)).isTrue();
        }
        assertThat(texts(SERVICES.path("postgres").path("volumes")))
                .contains("./postgres/init-databases.sh:/docker-entrypoint-initdb.d/10-hcir-databases.sh:ro");
    }

    @Test
    void kafkaIsOneApacheKafka39BrokerInKraftMode() {
        JsonNode kafka = SERVICES.path("kafka");
        JsonNode environment = kafka.path("environment");

        assertThat(kafka.path("image").asText()).startsWith("apache/kafka:3.9.");
        assertThat(environment.path("KAFKA_PROCESS_ROLES").asText()).isEqualTo("broker,controller");
        assertThat(environment.path("KAFKA_CONTROLLER_QUORUM_VOTERS").asText()).isEqualTo("1@kafka:9093");
        assertThat(environment.has("KAFKA_ZOOKEEPER_CONNECT")).isFalse();
    }

    @Test
    void noSecretValueIsWrittenIntoTheComposeFile() {
        for (HcirService application : HcirService.values()) {
            JsonNode environment = SERVICES.path(application.serviceName()).path("environment");
            environment.fields().forEachRemaining(variable -> {
                if (variable.getKey().contains("PASSWORD") || variable.getKey().endsWith("KEY")) {
                    assertThat(variable.getValue().asText()).as(variable.getKey()).matches("\\$\\{[A-Z_]+:\\?.+}");
                }
            });
        }
        SERVICES.path("postgres").path("environment").fields().forEachRemaining(
                variable -> assertThat(variable.getValue().asText()).as(variable.getKey())
                                                                    .matches("\\$\\{[A-Z_]+:\\?.+}"));
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
