package uk.police.hcir.systemtests.benchmark;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.police.hcir.intake.support.SampleReports;
import uk.police.hcir.systemtests.support.HttpJson;
import uk.police.hcir.systemtests.support.StackIdentity;

/**
 * Cases worked through the case API as officers and supervisors work them (domain.md §4.4 and §5): flagged, a
 * recording decision, a risk assessment (high risk goes to a supervisor), allocation, an outcome and closure. The
 * events the services store for these are the templates of the generated audit store. A step the service refuses
 * ends that case's lifecycle where it stands; the case is still a template of a case that far along.
 */
final class Lifecycles {

    /** How far a case has got, and how common that is among the store's cases. */
    enum Stage {
        OPENED(0.20), WORKED(0.35), CLOSED_NO_SUSPECT(0.33), CLOSED_HIGH_RISK_CHARGED(0.12);

        final double share;

        Stage(double share) {
            this.share = share;
        }
    }


    private Lifecycles() {
    }

    /** Works the case to the stage; returns the steps the service took. */
    static List<String> work(URI caseService, String caseId, Stage stage, List<String> strands) {
        URI caseUri = caseService.resolve("/api/cases/" + caseId);
        await().atMost(Duration.ofSeconds(60)).until(() -> HttpJson.get(caseUri, officer()).status() == 200);
        List<String> done = new ArrayList<>();
        if (stage == Stage.OPENED) {
            return done;
        }
        boolean high = stage == Stage.CLOSED_HIGH_RISK_CHARGED;
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("/flags", officer(), Map.of("strands", strands, "online", false)));
        steps.add(new Step("/recording-decision", officer(), Map.of(
                "decision", "CRIME", "offenceCode", "8P", "offenceGroup", "PUBLIC_ORDER",
                "crimeNumber", "NC/26/" + caseId.substring(0, 6), "reason", "Aggravated public order offence")));
        steps.add(new Step("/risk-assessments", officer(),
                           Map.of("answers", high ? answers("O4", "I1") : answers("H1"))));
        if (high) {
            steps.add(new Step("/supervisor-reviews", supervisor(), Map.of(
                    "outcome", "APPROVED", "comments", "Safeguarding plan agreed", "multiAgencyReferral", "REFERRED",
                    "referralAgency", "Norfolk multi-agency risk panel")));
        }
        steps.add(new Step("/allocation", supervisor(), Map.of("officerId", "pc-2002", "teamId", "norwich-north")));
        if (stage == Stage.CLOSED_HIGH_RISK_CHARGED) {
            steps.add(new Step("/milestones", officer(), Map.of("milestone", "CHARGE",
                                                              "reachedAt", Instant.now().minusSeconds(30).toString())));
            steps.add(new Step("/outcome", officer(), Map.of("outcome", "CHARGED_OR_SUMMONSED")));
            steps.add(new Step("/closure", officer(), Map.of("closingUpdateGiven", true)));
        } else if (stage == Stage.CLOSED_NO_SUSPECT) {
            steps.add(new Step("/outcome", officer(), Map.of("outcome", "NO_SUSPECT_IDENTIFIED",
                                                           "victimViews", "Told of the outcome by phone")));
            steps.add(new Step("/closure", officer(), Map.of("closingUpdateGiven", true)));
        }
        for (Step step : steps) {
            if (!command(caseUri, step)) {
                break;
            }
            done.add(step.path);
        }
        return done;
    }

    private record Step(String path, Map<String, String> as, Map<String, Object> body) {
    }

    private static boolean command(URI caseUri, Step step) {
        long version = HttpJson.get(caseUri, step.as).body().get("version").asLong();
        Map<String, Object> withVersion = new LinkedHashMap<>(step.body);
        withVersion.put("expectedVersion", version);
        HttpJson.Response response = HttpJson.post(URI.create(caseUri + step.path), SampleReports.json(withVersion),
                                                   step.as);
        if (response.status() != 204) {
            System.out.println("[benchmark]   " + step.path + " refused (" + response.status() + "): "
                               + response.body());
            return false;
        }
        await().atMost(Duration.ofSeconds(30)).until(
                () -> HttpJson.get(caseUri, step.as).body().get("version").asLong() > version);
        return true;
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
