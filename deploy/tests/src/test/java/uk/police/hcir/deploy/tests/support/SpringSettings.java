package uk.police.hcir.deploy.tests.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Spring settings a deployment gives an application, from a mounted {@code application.yaml} and from
 * environment variables, which Spring Boot binds by relaxed rules: {@code SPRING_DATASOURCE_URL} and
 * {@code HCIR_PERSONAL_DATA_KEY_ENCRYPTION_KEY} both name properties.
 */
public final class SpringSettings {

    private final Map<String, String> properties = new LinkedHashMap<>();
    private final Set<String> environmentVariables;

    private SpringSettings(Map<String, String> properties, Collection<String> environmentVariables) {
        this.properties.putAll(properties);
        this.environmentVariables = Set.copyOf(environmentVariables);
    }

    public static SpringSettings of(String applicationYaml, Collection<String> environmentVariables) {
        Map<String, String> flat = new LinkedHashMap<>();
        if (applicationYaml != null && !applicationYaml.isBlank()) {
            flatten("", Yaml.parse(applicationYaml), flat);
        }
        return new SpringSettings(flat, environmentVariables);
    }

    /** Whether the property is set, in the configuration file or by an environment variable. */
    public boolean sets(String property) {
        if (properties.containsKey(property)) {
            return true;
        }
        return environmentVariables.contains(canonicalVariable(property))
                || environmentVariables.contains(legacyVariable(property));
    }

    public String value(String property) {
        return properties.get(property);
    }

    public Map<String, String> properties() {
        return Map.copyOf(properties);
    }

    static String canonicalVariable(String property) {
        return property.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT);
    }

    static String legacyVariable(String property) {
        return property.replace('-', '_').replace('.', '_').toUpperCase(Locale.ROOT);
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
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
            into.put(prefix, node.asText());
        }
    }
}
