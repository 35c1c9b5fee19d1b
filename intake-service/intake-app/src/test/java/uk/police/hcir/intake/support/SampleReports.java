package uk.police.hcir.intake.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Valid reports for each channel, as JSON a client sends, ready to be changed for a test. */
@SuppressWarnings("unchecked")
public final class SampleReports {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SampleReports() {
    }

    public static Map<String, Object> controlRoom() {
        Map<String, Object> report = base("VICTIM");
        report.put("thrive", map("threat", "MEDIUM", "harm", "MEDIUM", "risk", "HIGH", "investigation", "MEDIUM",
                                 "vulnerability", "HIGH", "engagement", "MEDIUM", "grade", "PRIORITY"));
        return report;
    }

    public static Map<String, Object> online() {
        Map<String, Object> report = base("VICTIM");
        ((Map<String, Object>) report.get("victim")).put("anonymous", true);
        Map<String, Object> victim = (Map<String, Object>) report.get("victim");
        victim.remove("name");
        victim.remove("phone");
        victim.remove("email");
        victim.remove("dateOfBirth");
        victim.remove("address");
        report.put("consent", map("policeContact", "FULLY_ANONYMOUS", "referralToSupport", false));
        return report;
    }

    public static Map<String, Object> partner(String centreReference) {
        Map<String, Object> report = base("THIRD_PARTY_CENTRE");
        report.put("partner", map("centreReference", centreReference));
        report.put("consent", map("policeContact", "IDENTIFIED_NO_POLICE_CONTACT", "referralToSupport", true));
        return report;
    }

    public static Map<String, Object> officer() {
        Map<String, Object> report = base("OFFICER");
        ((Map<String, Object>) report.get("perception")).put("perceivedBy", new ArrayList<>(List.of("OFFICER")));
        return report;
    }

    private static Map<String, Object> base(String reporterRole) {
        Instant occurred = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("reporterRole", reporterRole);
        report.put("incident", map(
                "occurredFrom", occurred.toString(),
                "occurredTo", occurred.plus(15, ChronoUnit.MINUTES).toString(),
                "location", "Bus stop outside 14 Prince of Wales Road, Norwich NR1 1BT",
                "area", "Norwich City Centre",
                "whatHappened", "Two men shouted abuse at the victim about her headscarf and one spat at her.",
                "wordsUsed", "Go back to where you came from",
                "onlineElement", false));
        report.put("perception", map(
                "asked", "ASKED",
                "hostilityPerceived", true,
                "perceivedBy", new ArrayList<>(List.of("VICTIM")),
                "strands", new ArrayList<>(List.of("RELIGION", "RACE")),
                "ownWords", "They went for me because I wear a hijab."));
        report.put("victim", map(
                "anonymous", false,
                "name", "Amira Hussain",
                "dateOfBirth", "1991-04-12",
                "address", "22 Rosary Road, Norwich NR1 1SZ",
                "phone", "07700 900123",
                "email", "amira.hussain@example.org",
                "vulnerable", false,
                "contactPreferences", map("method", "PHONE", "times", "After 5pm on weekdays", "language", "en",
                                          "interpreterNeeded", false, "accessibilityNeeds", "None")));
        report.put("suspects", new ArrayList<>(List.of(map("description", "White man, about 30, grey hoodie",
                                                           "knownToVictim", false))));
        report.put("evidence", new ArrayList<>(List.of("CCTV", "WITNESSES")));
        report.put("consent", map("policeContact", "CONSENTS_TO_CONTACT", "referralToSupport", true));
        return report;
    }

    public static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    public static String json(Object report) {
        try {
            return JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> part(Map<String, Object> report, String name) {
        return (Map<String, Object>) report.get(name);
    }
}
