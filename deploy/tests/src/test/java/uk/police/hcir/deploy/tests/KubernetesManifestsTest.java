package uk.police.hcir.deploy.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.police.hcir.deploy.local.HcirService;
import uk.police.hcir.deploy.tests.support.Manifests;
import uk.police.hcir.deploy.tests.support.Manifests.Manifest;
import uk.police.hcir.deploy.tests.support.Repository;
import uk.police.hcir.deploy.tests.support.RequiredSettings;
import uk.police.hcir.deploy.tests.support.SpringSettings;
import uk.police.hcir.deploy.tests.support.Yaml;

/**
 * The Kubernetes manifests, read as files (no cluster here): every application is deployed with both probes,
 * requests and limits, a Service, a disruption budget and an autoscaler, gets every setting it requires, is covered
 * by network policies that let it reach only what it needs, and the Kustomize files name files that exist.
 */
class KubernetesManifestsTest {

    private static final Path K8S = Repository.resolve("deploy/k8s");
    private static final Path BASE = K8S.resolve("base");
    private static final Manifests MANIFESTS = Manifests.under(BASE);
    private static final Map<HcirService, String> PUBLISHED_TOPIC = Map.of(
            HcirService.INTAKE, "hcir.intake.v1",
            HcirService.CASE, "hcir.case.v1",
            HcirService.VICTIM_CONTACT, "hcir.victim-contact.v1");

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/local", "overlays/production"})
    void everyKustomizationNamesOnlyFilesThatExist(String directory) {
        List<String> missing = new ArrayList<>();
        checkKustomization(K8S.resolve(directory), missing, new HashSet<>());

        assertThat(missing).isEmpty();
    }

    @Test
    void everyManifestFileInTheBaseIsPartOfTheBase() {
        Set<Path> listed = new HashSet<>();
        checkKustomization(BASE, new ArrayList<>(), listed);

        assertThat(MANIFESTS.all().stream().map(Manifest::file).distinct())
                .allSatisfy(file -> assertThat(listed).as("kustomization lists %s", BASE.relativize(file))
                                                      .contains(file));
    }

    @ParameterizedTest
    @EnumSource(HcirService.class)
    void everyApplicationHasReadinessAndLivenessProbesOnTheActuator(HcirService application) {
        JsonNode container = containerOf(application);

        assertThat(container.path("readinessProbe").path("httpGet").path("path").asText())
                .isEqualTo("/actuator/health/readiness");
        assertThat(container.path("livenessProbe").path("httpGet").path("path").asText())
                .isEqualTo("/actuator/health/liveness");
        String probePort = container.path("readinessProbe").path("httpGet").path("port").asText();
        assertThat(texts(container.path("ports"), "name")).contains(probePort);
    }

    @ParameterizedTest
    @EnumSource(HcirService.class)
    void everyApplicationHasRequestsAndLimits(HcirService application) {
        JsonNode resources = containerOf(application).path("resources");

        assertThat(resources.path("requests").path("cpu").asText()).isNotBlank();
        assertThat(resources.path("requests").path("memory").asText()).isNotBlank();
        assertThat(resources.path("limits").path("cpu").asText()).isNotBlank();
        assertThat(resources.path("limits").path("memory").asText())
                .isEqualTo(resources.path("requests").path("memory").asText());
    }

    @ParameterizedTest
    @EnumSource(HcirService.class)
    void everyApplicationRunsUnprivilegedOnAReadOnlyRootFileSystem(HcirService application) {
        JsonNode pod = deploymentOf(application).object().path("spec").path("template").path("spec");
        JsonNode container = containerOf(application);

        assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.path("securityContext").path("runAsUser").asInt()).isEqualTo(10001);
        assertThat(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(container.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(texts(container.path("securityContext").path("capabilities").path("drop"), null))
                .containsExactly("ALL");
    }

    @ParameterizedTest
    @EnumSource(HcirService.class)
    void everyApplicationHasAMatchingServiceDisruptionBudgetAndAutoscaler(HcirService application) {
        Manifest deployment = deploymentOf(application);
        JsonNode podLabels = deployment.object().path("spec").path("template").path("metadata").path("labels");

        Manifest service = MANIFESTS.get("Service", application.serviceName());
        assertThat(selects(service.object().path("spec").path("selector"), podLabels)).isTrue();
        assertThat(texts(service.object().path("spec").path("ports"), "targetPort"))
                .allSatisfy(port -> assertThat(texts(containerOf(application).path("ports"), "name")).contains(port));

        Manifest budget = MANIFESTS.get("PodDisruptionBudget", application.serviceName());
        assertThat(selects(budget.object().path("spec").path("selector").path("matchLabels"), podLabels)).isTrue();

        Manifest autoscaler = MANIFESTS.get("HorizontalPodAutoscaler", application.serviceName());
        JsonNode target = autoscaler.object().path("spec").path("scaleTargetRef");
        assertThat(target.path("kind").asText()).isEqualTo("Deployment");
        assertThat(target.path("name").asText()).isEqualTo(application.serviceName());
        assertThat(autoscaler.object().path("spec").path("minReplicas").asInt()).isGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(HcirService.class)
    void everyApplicationGetsEverySettingItRequires(HcirService application) throws IOException {
        String applicationYaml = Files.readString(BASE.resolve(application.serviceName()).resolve("application.yaml"));
        List<String> variables = texts(containerOf(application).path("env"), "name");
        SpringSettings settings = SpringSettings.of(applicationYaml, variables);

        assertThat(RequiredSettings.of(application))
                .allSatisfy(property -> assertThat(settings.sets(property))
                        .as("%s sets %s", application.serviceName(), property).isTrue());
        assertThat(texts(containerOf(application).path("envFrom"), null)).isNotEmpty();
        assertThat(containerOf(application).path("envFrom").get(0).path("configMapRef").path("name").asText())
                .isEqualTo("hcir-environment");
    }

    @ParameterizedTest
    @EnumSource(HcirService.class)
    void everyApplicationIsCoveredByNetworkPoliciesBothWays(HcirService application) {
        JsonNode podLabels = podLabelsOf(application);

        assertThat(policiesSelecting(podLabels, "Ingress")).as("ingress policies of %s", application).isNotEmpty();
        assertThat(policiesSelecting(podLabels, "Egress")).as("egress policies of %s", application).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = HcirService.class, names = "PORTAL", mode = EnumSource.Mode.EXCLUDE)
    void everyServiceReachesItsPostgresAndKafkaAndTheKeyDatabaseOnlyIfItHoldsPersonalData(HcirService service) {
        List<JsonNode> egress = egressRulesOf(podLabelsOf(service));

        assertThat(reaches(egress, "cnpg.io/cluster", "hcir-postgres", 5432)).isTrue();
        assertThat(reaches(egress, "strimzi.io/cluster", "hcir-kafka", 9093)).isTrue();
        assertThat(reaches(egress, "cnpg.io/cluster", "hcir-keys", 5432)).isEqualTo(holdsPersonalData(service));
        assertThat(reaches(egress, "app.kubernetes.io/name", "portal", 8080)).isFalse();
    }

    @Test
    void thePortalReachesEveryServiceAndNoDatabaseOrBroker() {
        List<JsonNode> egress = egressRulesOf(podLabelsOf(HcirService.PORTAL));

        for (HcirService service : HcirService.values()) {
            if (service != HcirService.PORTAL) {
                assertThat(reaches(egress, "app.kubernetes.io/name", service.serviceName(), service.defaultPort()))
                        .as("portal reaches %s", service).isTrue();
            }
        }
        assertThat(reaches(egress, "cnpg.io/cluster", "hcir-postgres", 5432)).isFalse();
        assertThat(reaches(egress, "cnpg.io/cluster", "hcir-keys", 5432)).isFalse();
        assertThat(reaches(egress, "strimzi.io/cluster", "hcir-kafka", 9093)).isFalse();
    }

    @Test
    void onlyTheServicesHoldingPersonalDataMayConnectToTheKeyDatabase() {
        Manifest keys = MANIFESTS.get("NetworkPolicy", "hcir-keys");
        List<String> clients = new ArrayList<>();
        for (JsonNode rule : keys.object().path("spec").path("ingress")) {
            for (JsonNode from : rule.path("from")) {
                String name = from.path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText();
                if (!name.isEmpty()) {
                    clients.add(name);
                }
            }
        }

        assertThat(clients).containsExactlyInAnyOrderElementsOf(
                Stream.of(HcirService.values()).filter(KubernetesManifestsTest::holdsPersonalData)
                      .map(HcirService::serviceName).toList());
    }

    @Test
    void kafkaRunsInKraftModeWithTheThreeTopicsKeptForEver() {
        Manifest kafka = MANIFESTS.get("Kafka", "hcir-kafka");
        assertThat(kafka.object().path("metadata").path("annotations").path("strimzi.io/kraft").asText())
                .isEqualTo("enabled");
        Manifest pool = MANIFESTS.ofKind("KafkaNodePool").get(0);
        assertThat(texts(pool.object().path("spec").path("roles"), null)).contains("controller", "broker");

        for (String topic : List.of("hcir.intake.v1", "hcir.case.v1", "hcir.victim-contact.v1")) {
            JsonNode spec = MANIFESTS.get("KafkaTopic", topic).object().path("spec");
            assertThat(spec.path("partitions").asInt()).as(topic).isEqualTo(6);
            assertThat(spec.path("config").path("retention.ms").asLong()).as(topic).isEqualTo(-1);
        }
    }

    @ParameterizedTest
    @EnumSource(value = HcirService.class, names = "PORTAL", mode = EnumSource.Mode.EXCLUDE)
    void everyServicesKafkaUserMayDoExactlyWhatTheServiceDoes(HcirService service) throws IOException {
        Map<String, Set<String>> allowed = new HashMap<>();
        for (JsonNode acl : MANIFESTS.get("KafkaUser", service.serviceName()).object()
                                     .path("spec").path("authorization").path("acls")) {
            if (acl.path("resource").path("type").asText().equals("topic")) {
                allowed.computeIfAbsent(acl.path("resource").path("name").asText(), topic -> new HashSet<>())
                       .addAll(texts(acl.path("operations"), null));
            }
        }
        Map<String, Set<String>> needed = new HashMap<>();
        if (PUBLISHED_TOPIC.containsKey(service)) {
            needed.put(PUBLISHED_TOPIC.get(service), Set.of("Describe", "Create", "Write"));
        }
        for (String topic : inboundTopicsOf(service)) {
            needed.put(topic, Set.of("Describe", "Create", "Read"));
        }

        assertThat(allowed.keySet()).isEqualTo(needed.keySet());
        needed.forEach((topic, operations) -> assertThat(allowed.get(topic)).as(topic).containsAll(operations));
        assertThat(allowed.values()).noneMatch(operations -> operations.contains("All") || operations.contains("Delete"));
    }

    @Test
    void everyServiceHasItsDatabaseAndTheKeysHaveAClusterOfTheirOwn() {
        Set<String> databases = new HashSet<>();
        for (Manifest database : MANIFESTS.ofKind("Database")) {
            JsonNode spec = database.object().path("spec");
            assertThat(spec.path("cluster").path("name").asText()).isEqualTo("hcir-postgres");
            assertThat(spec.path("owner").asText()).isEqualTo(spec.path("name").asText());
            databases.add(spec.path("name").asText());
        }
        Set<String> expected = new HashSet<>();
        for (HcirService service : HcirService.values()) {
            service.database().ifPresent(expected::add);
        }

        assertThat(databases).isEqualTo(expected);
        assertThat(MANIFESTS.get("Cluster", "hcir-keys").object().path("spec").path("bootstrap").path("initdb")
                            .path("database").asText()).isEqualTo("hcir_keys");
    }

    @Test
    void everySecretTheApplicationsReadIsDocumentedForOperators() throws IOException {
        String readme = Files.readString(K8S.resolve("README.md"));
        Set<String> secrets = new HashSet<>();
        for (Manifest deployment : MANIFESTS.ofKind("Deployment")) {
            deployment.object().findValues("secretKeyRef").forEach(ref -> secrets.add(ref.path("name").asText()));
            deployment.object().findValues("secret").forEach(ref -> secrets.add(ref.path("secretName").asText()));
        }
        for (Manifest overlayFile : Manifests.under(K8S.resolve("overlays")).all()) {
            overlayFile.object().findValues("secretKeyRef").forEach(ref -> secrets.add(ref.path("name").asText()));
        }

        assertThat(secrets).isNotEmpty()
                           .allSatisfy(secret -> assertThat(readme).as("README names %s", secret)
                                                                   .contains("`" + secret + "`"));
    }

    @Test
    void noSecretValueIsCommitted() {
        List<Manifest> secrets = new ArrayList<>(MANIFESTS.ofKind("Secret"));
        secrets.addAll(Manifests.under(K8S.resolve("overlays")).ofKind("Secret"));

        assertThat(secrets).isEmpty();
    }

    private static boolean holdsPersonalData(HcirService service) {
        return RequiredSettings.of(service).contains("hcir.personal-data.key-encryption-key");
    }

    private static List<String> inboundTopicsOf(HcirService service) {
        JsonNode configuration = Yaml.readAll(Repository.moduleOf(service).resolve("src/main/resources/application.yml"))
                                     .get(0);
        String topics = configuration.path("hcir").path("messaging").path("inbound-topics").asText();
        return topics.isBlank() ? List.of() : List.of(topics.split("\\s*,\\s*"));
    }

    private static Manifest deploymentOf(HcirService application) {
        return MANIFESTS.get("Deployment", application.serviceName());
    }

    private static JsonNode containerOf(HcirService application) {
        JsonNode containers = deploymentOf(application).object().path("spec").path("template").path("spec")
                                                     .path("containers");
        assertThat(containers.size()).isEqualTo(1);
        return containers.get(0);
    }

    private static JsonNode podLabelsOf(HcirService application) {
        return deploymentOf(application).object().path("spec").path("template").path("metadata").path("labels");
    }

    private static List<Manifest> policiesSelecting(JsonNode podLabels, String policyType) {
        return MANIFESTS.ofKind("NetworkPolicy").stream()
                        .filter(policy -> texts(policy.object().path("spec").path("policyTypes"), null)
                                .contains(policyType))
                        .filter(policy -> selects(policy.object().path("spec").path("podSelector")
                                                        .path("matchLabels"), podLabels))
                        .toList();
    }

    private static List<JsonNode> egressRulesOf(JsonNode podLabels) {
        List<JsonNode> rules = new ArrayList<>();
        policiesSelecting(podLabels, "Egress")
                .forEach(policy -> policy.object().path("spec").path("egress").forEach(rules::add));
        return rules;
    }

    private static boolean reaches(List<JsonNode> egress, String label, String value, int port) {
        return egress.stream().anyMatch(rule -> {
            boolean toPods = StreamSupport.stream(rule.path("to").spliterator(), false)
                                          .anyMatch(to -> !to.has("namespaceSelector")
                                                  && value.equals(to.path("podSelector").path("matchLabels")
                                                                    .path(label).asText()));
            boolean onPort = StreamSupport.stream(rule.path("ports").spliterator(), false)
                                          .anyMatch(p -> p.path("port").asInt() == port);
            return toPods && onPort;
        });
    }

    private static boolean selects(JsonNode selector, JsonNode labels) {
        if (selector.isMissingNode() || selector.isNull()) {
            return true;
        }
        List<String> mismatched = new ArrayList<>();
        selector.fields().forEachRemaining(entry -> {
            if (!entry.getValue().asText().equals(labels.path(entry.getKey()).asText())) {
                mismatched.add(entry.getKey());
            }
        });
        return mismatched.isEmpty();
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                            .map(node -> field == null ? node.asText() : node.path(field).asText())
                            .toList();
    }

    private static void checkKustomization(Path directory, List<String> missing, Set<Path> listed) {
        Path file = directory.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            missing.add(K8S.relativize(directory) + "/kustomization.yaml");
            return;
        }
        JsonNode kustomization = Yaml.read(file);
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = directory.resolve(resource.asText()).normalize();
            if (Files.isDirectory(path)) {
                checkKustomization(path, missing, listed);
            } else if (Files.isRegularFile(path)) {
                listed.add(path);
            } else {
                missing.add(K8S.relativize(path).toString());
            }
        }
        Stream.concat(StreamSupport.stream(kustomization.path("patches").spliterator(), false)
                                   .filter(patch -> patch.has("path"))
                                   .map(patch -> patch.path("path").asText()),
                      StreamSupport.stream(kustomization.path("configMapGenerator").spliterator(), false)
                                   .flatMap(generator -> StreamSupport.stream(generator.path("files").spliterator(),
                                                                              false))
                                   .map(JsonNode::asText))
              .map(relative -> directory.resolve(relative).normalize())
              .forEach(path -> {
                  if (Files.isRegularFile(path)) {
                      listed.add(path);
                  } else {
                      missing.add(K8S.relativize(path).toString());
                  }
              });
    }
}
