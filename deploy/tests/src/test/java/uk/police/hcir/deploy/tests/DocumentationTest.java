package uk.police.hcir.deploy.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.police.hcir.deploy.tests.support.Manifests;
import uk.police.hcir.deploy.tests.support.Manifests.Manifest;
import uk.police.hcir.deploy.tests.support.Repository;
import uk.police.hcir.deploy.tests.support.Yaml;

/**
 * The configuration reference names every setting the applications and the platform starters set, and every alert
 * points at a runbook section that exists.
 */
class DocumentationTest {

    private static final Pattern BACKTICKED = Pattern.compile("`([^`\\s]+)`");
    private static final Pattern HEADING = Pattern.compile("(?m)^#+ (.+)$");

    @Test
    void theConfigurationReferenceNamesEverySettingTheApplicationsAndStartersSet() throws IOException {
        List<Pattern> documented = documentedSettings(Files.readString(Repository.resolve("docs/configuration.md")));
        Set<String> undocumented = new TreeSet<>();

        for (String setting : settingsInTheRepository()) {
            String withoutIndex = setting.replaceAll("\\[\\d+]$", "");
            boolean named = documented.stream().anyMatch(pattern -> pattern.matcher(setting).matches()
                    || pattern.matcher(withoutIndex).matches());
            if (!named) {
                undocumented.add(setting);
            }
        }

        assertThat(undocumented).as("settings missing from docs/configuration.md").isEmpty();
    }

    @Test
    void everyAlertHasASeverityAndARunbookSectionThatExists() throws IOException {
        Set<String> anchors = new TreeSet<>();
        Matcher heading = HEADING.matcher(Files.readString(Repository.resolve("docs/operations.md")));
        while (heading.find()) {
            anchors.add(anchorOf(heading.group(1)));
        }
        Manifest rules = Manifests.under(Repository.resolve("deploy/k8s/base/observability"))
                                  .get("PrometheusRule", "hcir-alerts");

        List<JsonNode> alerts = new ArrayList<>();
        rules.object().path("spec").path("groups").forEach(group -> group.path("rules").forEach(alerts::add));

        assertThat(alerts).isNotEmpty().allSatisfy(alert -> {
            assertThat(alert.path("labels").path("severity").asText()).as(alert.path("alert").asText())
                                                                     .isIn("warning", "critical");
            String runbook = alert.path("annotations").path("runbook_url").asText();
            assertThat(runbook).startsWith("docs/operations.md#");
            assertThat(anchors).contains(runbook.substring(runbook.indexOf('#') + 1));
        });
    }

    private static List<Pattern> documentedSettings(String reference) {
        List<Pattern> patterns = new ArrayList<>();
        String lastAbsolute = "";
        Matcher token = BACKTICKED.matcher(reference);
        while (token.find()) {
            String name = token.group(1);
            if (name.startsWith(".") && !lastAbsolute.isEmpty()) {
                name = lastAbsolute.substring(0, lastAbsolute.lastIndexOf('.')) + name;
            } else if (name.matches("[a-z][a-z0-9-]*(\\.[A-Za-z0-9<>\\[\\]*_-]+)+")) {
                lastAbsolute = name;
            } else {
                continue;
            }
            patterns.add(patternOf(name));
        }
        return patterns;
    }

    private static Pattern patternOf(String documented) {
        boolean prefix = documented.endsWith(".*");
        String name = prefix ? documented.substring(0, documented.length() - 2) : documented;
        StringBuilder regex = new StringBuilder();
        Matcher placeholder = Pattern.compile("<[^>]+>|\\[n]").matcher(name);
        int from = 0;
        while (placeholder.find()) {
            regex.append(Pattern.quote(name.substring(from, placeholder.start())));
            boolean last = placeholder.end() == name.length();
            regex.append(placeholder.group().equals("[n]") ? "\\[\\d+]" : last ? ".+" : "[^.]+");
            from = placeholder.end();
        }
        regex.append(Pattern.quote(name.substring(from)));
        if (prefix) {
            regex.append("\\..+");
        }
        return Pattern.compile(regex.toString());
    }

    private static Set<String> settingsInTheRepository() throws IOException {
        Set<String> settings = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Repository.root())) {
            for (Path file : files.filter(Files::isRegularFile)
                                  .filter(path -> path.toString().contains("/src/main/resources/"))
                                  .filter(path -> !path.toString().contains("/target/"))
                                  .toList()) {
                String name = file.getFileName().toString();
                if (name.matches("application(-[a-z]+)?\\.ya?ml")) {
                    for (JsonNode document : Yaml.readAll(file)) {
                        flatten("", document, settings);
                    }
                } else if (file.getParent().endsWith("hcir/defaults") || file.getParent().endsWith("hcir/observability")) {
                    Properties properties = new Properties();
                    try (Reader reader = Files.newBufferedReader(file)) {
                        properties.load(reader);
                    }
                    properties.stringPropertyNames().forEach(settings::add);
                }
            }
        }
        settings.removeIf(setting -> setting.startsWith("spring.config.activate."));
        return settings;
    }

    private static void flatten(String prefix, JsonNode node, Set<String> into) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + i + "]", node.get(i), into);
            }
        } else {
            into.add(prefix);
        }
    }

    private static String anchorOf(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").trim().replace(' ', '-');
    }
}
