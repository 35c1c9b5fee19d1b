package uk.police.hcir.systemtests.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.police.hcir.deploy.local.HcirService;
import uk.police.hcir.deploy.local.LocalStack;
import uk.police.hcir.deploy.local.demo.DemoData;
import uk.police.hcir.systemtests.support.HttpJson;
import uk.police.hcir.systemtests.support.RunningStack;
import uk.police.hcir.systemtests.support.StackIdentity;

/**
 * The local run's demonstration data, loaded through the services' APIs: even a small load shows every status,
 * strand, channel, risk level and recording decision, and loading it again adds nothing.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class DemoDataSystemTest {

    private static final int CASES = 26;

    @Test
    void aSmallLoadCoversEveryStatusStrandChannelAndRiskLevelAndLoadingAgainAddsNothing() {
        LocalStack stack = RunningStack.get();
        URI cases = stack.service(HcirService.CASE).baseUri();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        DemoData demo = new DemoData(new DemoData.Endpoints(stack.service(HcirService.INTAKE).baseUri(), cases,
                                                            stack.service(HcirService.VICTIM_CONTACT).baseUri()),
                                     stack.serviceTokens(), new PrintStream(printed, true, StandardCharsets.UTF_8));

        DemoData.Loaded first = demo.load(CASES);

        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Reports sent " + CASES + "/" + CASES)
                                                            .contains("Cases worked " + CASES + "/" + CASES);
        List<JsonNode> loaded = summaries(cases, first.caseIds());
        assertThat(values(loaded, "status")).containsExactlyInAnyOrder("OPEN", "CLOSED", "MERGED");
        assertThat(values(loaded, "channel")).containsExactlyInAnyOrder("CONTROL_ROOM", "OFFICER", "THIRD_PARTY",
                                                                        "ONLINE");
        assertThat(values(loaded, "riskLevel")).containsExactlyInAnyOrder("STANDARD", "MEDIUM", "HIGH");
        assertThat(values(loaded, "decision")).containsExactlyInAnyOrder(
                "CRIME", "NON_CRIME_HATE_INCIDENT", "INTELLIGENCE_ONLY", "NO_RECORD");
        Set<String> strands = new TreeSet<>();
        loaded.forEach(summary -> summary.path("perceivedStrands").forEach(strand -> strands.add(strand.asText())));
        assertThat(strands).containsExactlyInAnyOrder("RACE", "RELIGION", "SEXUAL_ORIENTATION", "DISABILITY",
                                                      "TRANSGENDER_IDENTITY", "ALTERNATIVE_SUBCULTURE", "SEX");
        assertThat(loaded).anySatisfy(summary -> assertThat(summary.path("flags")).isNotEmpty());
        assertThat(loaded).anySatisfy(summary -> assertThat(summary.path("officerId").asText()).isEqualTo("officer"));
        int casesAfterFirstLoad = HttpJson.get(cases.resolve("/api/cases?limit=500"), analyst()).body().size();

        DemoData.Loaded second = demo.load(CASES);

        assertThat(second.caseIds()).isEqualTo(first.caseIds());
        assertThat(HttpJson.get(cases.resolve("/api/cases?limit=500"), analyst()).body().size())
                .isEqualTo(casesAfterFirstLoad);
        List<JsonNode> again = summaries(cases, second.caseIds());
        for (int i = 0; i < loaded.size(); i++) {
            for (String field : List.of("status", "decision", "riskLevel", "flags", "officerId", "outcomeType")) {
                assertThat(again.get(i).path(field)).as("%s of demo case %d", field, i)
                                                    .isEqualTo(loaded.get(i).path(field));
            }
        }
    }

    private static List<JsonNode> summaries(URI cases, List<String> caseIds) {
        List<JsonNode> summaries = new ArrayList<>();
        for (String caseId : caseIds) {
            HttpJson.Response response = HttpJson.get(cases.resolve("/api/cases/" + caseId), analyst());
            assertThat(response.status()).isEqualTo(200);
            summaries.add(response.body());
        }
        return summaries;
    }

    private static Set<String> values(List<JsonNode> summaries, String field) {
        Set<String> values = new TreeSet<>();
        summaries.forEach(summary -> {
            if (!summary.path(field).isNull() && !summary.path(field).isMissingNode()) {
                values.add(summary.path(field).asText());
            }
        });
        return values;
    }

    private static Map<String, String> analyst() {
        return StackIdentity.actingAs("analyst", "ANALYST");
    }
}
