package uk.police.hcir.systemtests.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.police.hcir.deploy.local.HcirService;
import uk.police.hcir.deploy.local.LocalStack;
import uk.police.hcir.intake.support.SampleReports;
import uk.police.hcir.systemtests.support.HttpJson;
import uk.police.hcir.systemtests.support.RunningStack;
import uk.police.hcir.systemtests.support.StackIdentity;

/** One case, from a call handler's report to its closure, worked through the real services. */
@Timeout(value = 6, unit = java.util.concurrent.TimeUnit.MINUTES)
class CaseFromReportToClosureSystemTest {


    @Test
    void aReportedHateCrimeIsDecidedAssessedReviewedResolvedAndClosedWithItsWholeHistoryInTheAuditTrail() {
        LocalStack stack = RunningStack.get();
        URI intake = stack.service(HcirService.INTAKE).baseUri();
        URI cases = stack.service(HcirService.CASE).baseUri();
        String correlationId = UUID.randomUUID().toString();
        Map<String, String> callHandler = StackIdentity.actingAs("ch-1001", "CALL_HANDLER", "X-Correlation-Id", correlationId);

        String caseId = HttpJson.post(intake.resolve("/api/control-room/reports"),
                                      SampleReports.json(SampleReports.controlRoom()), callHandler)
                                .body().get("reportId").asText();
        URI caseUri = cases.resolve("/api/cases/" + caseId);
        await().atMost(Duration.ofSeconds(60)).until(() -> HttpJson.get(caseUri, officer()).status() == 200);

        command(caseUri, "/flags", officer(), Map.of("strands", List.of("RELIGION", "RACE"), "online", false));
        command(caseUri, "/recording-decision", officer(), Map.of(
                "decision", "CRIME", "offenceCode", "8P", "offenceGroup", "PUBLIC_ORDER",
                "crimeNumber", "NC/26/" + caseId.substring(0, 6), "reason", "Religiously aggravated public order"));
        command(caseUri, "/risk-assessments", officer(), Map.of("answers", answers("O4", "I1")));
        command(caseUri, "/supervisor-reviews", supervisor(), Map.of(
                "outcome", "APPROVED", "comments", "Safeguarding plan agreed", "multiAgencyReferral", "REFERRED",
                "referralAgency", "Norfolk multi-agency risk panel"));
        command(caseUri, "/milestones", officer(), Map.of("milestone", "CHARGE",
                                                       "reachedAt", Instant.now().minusSeconds(30).toString()));
        command(caseUri, "/outcome", officer(), Map.of("outcome", "CHARGED_OR_SUMMONSED"));
        command(caseUri, "/closure", officer(), Map.of("closingUpdateGiven", true));

        JsonNode closed = await().atMost(Duration.ofSeconds(30)).until(
                () -> HttpJson.get(caseUri, officer()).body(), s -> "CLOSED".equals(s.get("status").asText()));
        assertThat(closed.get("riskLevel").asText()).isEqualTo("HIGH");
        assertThat(closed.get("flags").toString()).isEqualTo("[\"RACE\",\"RELIGION\"]");

        List<String> expected = List.of(
                "uk.police.hcir.intake.report-received", "uk.police.hcir.case.case-opened",
                "uk.police.hcir.case.motivation-recorded", "uk.police.hcir.case.hate-flags-applied",
                "uk.police.hcir.case.recording-decision-made", "uk.police.hcir.case.risk-assessed",
                "uk.police.hcir.case.supervisor-reviewed", "uk.police.hcir.case.investigative-milestone-reached",
                "uk.police.hcir.case.outcome-recorded", "uk.police.hcir.case.case-closed");
        JsonNode trail = await().atMost(Duration.ofSeconds(60)).until(
                () -> HttpJson.get(stack.service(HcirService.REPORTING).baseUri()
                                        .resolve("/api/cases/" + caseId + "/audit-trail"), StackIdentity.actingAs("auditor-1", "AUDITOR")).body(),
                body -> body != null && types(body).containsAll(expected));
        assertThat(types(trail)).containsAll(expected);
        assertThat(trail.get("entries")).allSatisfy(entry -> assertThat(entry.get("actorId").asText()).isNotBlank());
        JsonNode review = StreamSupport.stream(trail.get("entries").spliterator(), false)
                                       .filter(e -> e.get("eventType").asText().endsWith("supervisor-reviewed"))
                                       .findFirst().orElseThrow();
        assertThat(review.get("actorId").asText()).isEqualTo("sgt-3003");
        assertThat(review.get("actorRole").asText()).isEqualTo("SUPERVISOR");
    }

    private static List<String> types(JsonNode trail) {
        return StreamSupport.stream(trail.get("entries").spliterator(), false)
                            .map(entry -> entry.get("eventType").asText()).toList();
    }

    private static void command(URI caseUri, String path, Map<String, String> as, Map<String, Object> body) {
        long version = HttpJson.get(caseUri, as).body().get("version").asLong();
        Map<String, Object> withVersion = new HashMap<>(body);
        withVersion.put("expectedVersion", version);
        HttpJson.Response response = HttpJson.post(URI.create(caseUri + path), SampleReports.json(withVersion), as);
        assertThat(response.status()).as("%s: %s", path, response.body()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(30)).until(
                () -> HttpJson.get(caseUri, as).body().get("version").asLong() > version);
    }

    private static Map<String, String> answers(String... yes) {
        Map<String, String> answers = new HashMap<>();
        for (String id : List.of("H1", "H2", "H3", "O1", "O2", "O3", "O4", "O5", "O6", "V1", "V2", "V3", "V4", "V5",
                                 "I1", "I2", "I3", "I4", "I5", "C1", "C2", "W1", "W2")) {
            answers.put(id, "NO");
        }
        for (String id : yes) {
            answers.put(id, "YES");
        }
        return answers;
    }

    private static Map<String, String> officer() {
        return StackIdentity.actingAs("pc-2002", "OFFICER");
    }

    private static Map<String, String> supervisor() {
        return StackIdentity.actingAs("sgt-3003", "SUPERVISOR");
    }
}
