package uk.police.hcir.intake.strands;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The characteristics a report can say hostility targeted: the five strands every force monitors for the Home
 * Office, and the strands this force records locally ({@code hcir.intake.local-strands}).
 *
 * @param localStrands code and label of each locally recorded strand, such as ALTERNATIVE_SUBCULTURE
 */
@ConfigurationProperties("hcir.intake")
public record StrandCatalogue(Map<String, String> localStrands) {

    public static final Map<String, String> MONITORED = orderedOf(
            "RACE", "Race or ethnicity",
            "RELIGION", "Religion or belief",
            "SEXUAL_ORIENTATION", "Sexual orientation",
            "DISABILITY", "Disability",
            "TRANSGENDER_IDENTITY", "Transgender identity");

    public StrandCatalogue {
        localStrands = localStrands == null ? Map.of() : Map.copyOf(localStrands);
    }

    public boolean isKnown(String code) {
        return MONITORED.containsKey(code) || localStrands.containsKey(code);
    }

    public Set<String> codes() {
        Map<String, String> all = new LinkedHashMap<>(MONITORED);
        all.putAll(localStrands);
        return all.keySet();
    }

    public List<String> monitored() {
        return List.copyOf(MONITORED.keySet());
    }

    private static Map<String, String> orderedOf(String... codesAndLabels) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < codesAndLabels.length; i += 2) {
            map.put(codesAndLabels[i], codesAndLabels[i + 1]);
        }
        return map;
    }
}
