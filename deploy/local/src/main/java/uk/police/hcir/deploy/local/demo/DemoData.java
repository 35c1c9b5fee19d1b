package uk.police.hcir.deploy.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.police.hcir.deploy.local.demo.DemoCase.Stage;
import uk.police.hcir.platform.servicetoken.ServiceTokenSigner;

/**
 * Fills a running HCIR with a working force's cases through the services' public APIs only: reports on every
 * channel, then the officers', supervisors' and victim care staff's work on each case, so that every status,
 * strand, channel, risk level and recording decision can be seen.
 *
 * <p>Loading again changes nothing: each report carries its own idempotency key, so intake returns the report it
 * already has, and each step on a case is taken only if the case does not show it yet.
 */
public final class DemoData {

    /** Where the services' APIs are. */
    public record Endpoints(URI intake, URI cases, URI victimContact) {
    }

    /** The cases loaded, by their ids (which are their reports' ids). */
    public record Loaded(List<String> caseIds) {
    }

    /** The demonstration reporting centre's credential under the {@code local} profile. */
    static final String DEMO_CENTRE_KEY = "local-demo-shin-norwich-library-credential";

    private static final Map<String, String> CALL_HANDLER = actor("call-handler", "CALL_HANDLER");
    private static final Map<String, String> OFFICER = actor("officer", "OFFICER");
    private static final Map<String, String> SUPERVISOR = actor("supervisor", "SUPERVISOR");
    private static final Map<String, String> VICTIM_CARE = actor("victim-care", "VICTIM_CARE");
    private static final List<String> RISK_QUESTIONS = List.of(
            "H1", "H2", "H3", "O1", "O2", "O3", "O4", "O5", "O6", "V1", "V2", "V3", "V4", "V5", "I1", "I2", "I3", "I4",
            "I5", "C1", "C2", "W1", "W2");
    private static final Pattern RETRY_AFTER = Pattern.compile("try again in (\\d+) seconds");

    /** Where an actor's user and role wait in a request's headers until the request is signed for them. */
    private static final String ACTING_USER = "acting-user";
    private static final String ACTING_ROLE = "acting-role";

    private final Endpoints endpoints;
    private final ServiceTokenSigner tokens;
    private final PrintStream progress;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    public DemoData(Endpoints endpoints, ServiceTokenSigner tokens, PrintStream progress) {
        this.endpoints = endpoints;
        this.tokens = tokens;
        this.progress = progress;
    }

    /** Loads {@code count} cases, or finishes loading them, printing progress as it goes. */
    public Loaded load(int count) {
        Instant started = Instant.now();
        List<DemoCase> plan = new ArrayList<>();
        for (int number = 0; number < count; number++) {
            plan.add(DemoCase.numbered(number));
        }
        Map<Integer, String> caseIds = new LinkedHashMap<>();
        for (DemoCase demo : plan) {
            caseIds.put(demo.number(), submit(demo));
            step("Reports sent", demo.number() + 1, count);
        }
        for (DemoCase demo : plan) {
            awaitCase(caseIds.get(demo.number()));
            step("Cases opened", demo.number() + 1, count);
        }
        for (DemoCase demo : plan) {
            if (demo.duplicateOf() >= 0) {
                decideDuplicate(demo, caseIds.get(demo.number()), caseIds.get(demo.duplicateOf()));
            }
            step("Duplicates reviewed", demo.number() + 1, count);
        }
        for (DemoCase demo : plan) {
            workCase(demo, caseIds.get(demo.number()));
            step("Cases worked", demo.number() + 1, count);
        }
        for (DemoCase demo : plan) {
            careForVictim(demo, caseIds.get(demo.number()));
            step("Victims cared for", demo.number() + 1, count);
        }
        progress.printf("Demo data: %d cases loaded in %d s.%n", count,
                        Duration.between(started, Instant.now()).toSeconds());
        return new Loaded(List.copyOf(caseIds.values()));
    }

    private String submit(DemoCase demo) {
        String path = switch (demo.channel()) {
            case "OFFICER" -> "/api/officer/reports";
            case "THIRD_PARTY" -> "/api/partner/reports";
            case "ONLINE" -> "/api/online/reports";
            default -> "/api/control-room/reports";
        };
        Map<String, String> headers = new HashMap<>(switch (demo.channel()) {
            case "OFFICER" -> OFFICER;
            case "CONTROL_ROOM" -> CALL_HANDLER;
            default -> Map.of();
        });
        headers.put("Idempotency-Key", demo.idempotencyKey());
        if ("THIRD_PARTY".equals(demo.channel())) {
            headers.put("Authorization", "Bearer " + DEMO_CENTRE_KEY);
        }
        while (true) {
            Response response = post(endpoints.intake().resolve(path), demo.report(), headers);
            if (response.status() == 201) {
                return response.body().get("reportId").asText();
            }
            if (response.status() == 429) {
                waitOut(response);
                continue;
            }
            throw new IllegalStateException("Intake refused demo report " + demo.number() + ": " + response);
        }
    }

    /** Intake limits how fast the public form and each centre may send; wait as it asks. */
    private void waitOut(Response response) {
        String detail = response.body() == null ? "" : response.body().path("detail").asText("");
        Matcher seconds = RETRY_AFTER.matcher(detail);
        long wait = seconds.find() ? Long.parseLong(seconds.group(1)) : 5;
        progress.printf("Demo data: intake asks to slow down; waiting %d s%n", wait);
        sleep(Duration.ofSeconds(wait));
    }

    private JsonNode awaitCase(String caseId) {
        return await("case " + caseId + " to open", Duration.ofMinutes(3),
                     () -> get(caseUri(caseId), OFFICER), response -> response.status() == 200).body();
    }

    private void decideDuplicate(DemoCase demo, String reportId, String originalId) {
        if (demo.stage() == Stage.PENDING_DUPLICATE) {
            return;
        }
        URI linked = endpoints.intake().resolve("/api/duplicates?status=LINKED");
        if (contains(get(linked, CALL_HANDLER).body(), reportId, originalId)) {
            return;
        }
        URI pending = endpoints.intake().resolve("/api/duplicates?status=PENDING");
        await("intake to flag report " + reportId + " as a possible duplicate", Duration.ofMinutes(2),
              () -> get(pending, CALL_HANDLER), response -> contains(response.body(), reportId, originalId));
        Response decided = post(endpoints.intake().resolve("/api/duplicates/decisions"),
                                Map.of("reportId", reportId, "candidate", originalId, "decision", "LINK",
                                       "reason", "Same victim, place and time: a second call about one incident"),
                                CALL_HANDLER);
        require(decided, "linking demo report " + demo.number() + " as a duplicate");
        await("case " + reportId + " to be merged", Duration.ofMinutes(2),
              () -> get(caseUri(reportId), OFFICER),
              response -> "MERGED".equals(response.body().path("status").asText()));
    }

    private static boolean contains(JsonNode pairs, String reportId, String candidateId) {
        if (pairs == null || !pairs.isArray()) {
            return false;
        }
        for (JsonNode pair : pairs) {
            if (reportId.equals(pair.path("reportId").asText()) && candidateId.equals(pair.path("candidateId").asText())) {
                return true;
            }
        }
        return false;
    }

    /** Takes each step the case's stage calls for that the case does not show yet. */
    private void workCase(DemoCase demo, String caseId) {
        Stage stage = demo.stage();
        if (stage == Stage.NEW || stage == Stage.MERGED || stage == Stage.PENDING_DUPLICATE) {
            return;
        }
        CaseSteps steps = new CaseSteps(caseId);
        JsonNode summary = steps.summary;
        if (summary.path("teamId").isNull() || summary.path("teamId").isMissingNode()) {
            steps.command("/allocation", OFFICER, Map.of("officerId", demo.officerId(), "teamId", demo.teamId()));
        }
        boolean perceived = stage.perceived();
        if (perceived && summary.path("flags").isEmpty()) {
            steps.command("/flags", OFFICER, Map.of("strands", demo.strands(), "online", demo.online()));
        }
        if (summary.path("decision").isNull() || summary.path("decision").isMissingNode()) {
            steps.command("/recording-decision", OFFICER, decision(demo));
        }
        RiskPlan risk = riskOf(stage);
        if (risk != null && (summary.path("riskLevel").isNull() || summary.path("riskLevel").isMissingNode())) {
            steps.command("/risk-assessments", OFFICER, Map.of("answers", risk.answers()));
            if (stage == Stage.RISK_HIGH_REVIEWED) {
                steps.command("/supervisor-reviews", SUPERVISOR, Map.of(
                        "outcome", "APPROVED", "comments", "Safeguarding plan agreed with the victim",
                        "multiAgencyReferral", "REFERRED", "referralAgency", "Norfolk hate crime multi-agency panel"));
            }
        }
        boolean crimeClosed = stage == Stage.CLOSED_CRIME || stage == Stage.REOPENED;
        if (crimeClosed && (summary.path("outcomeType").isNull() || summary.path("outcomeType").isMissingNode())) {
            steps.command("/milestones", OFFICER, Map.of("milestone", demo.number() % 2 == 0 ? "CHARGE" : "ARREST",
                                                         "reachedAt", Instant.now().minusSeconds(600).toString()));
            steps.command("/outcome", OFFICER, outcome(demo));
            steps.command("/closure", OFFICER, Map.of("closingUpdateGiven", true));
            if (stage == Stage.REOPENED) {
                steps.command("/reopening", SUPERVISOR, Map.of(
                        "reason", "The victim reported further incidents by the same suspect"));
            }
        }
        boolean closedWithoutCrime = stage == Stage.CLOSED_NCHI || stage == Stage.CLOSED_NO_RECORD;
        if (closedWithoutCrime && "OPEN".equals(steps.summary.path("status").asText())) {
            steps.command("/closure", OFFICER, Map.of("closingUpdateGiven", true));
        }
    }

    private static Map<String, Object> decision(DemoCase demo) {
        Map<String, Object> decision = new LinkedHashMap<>();
        switch (demo.stage()) {
            case CLOSED_NCHI -> {
                decision.put("decision", "NON_CRIME_HATE_INCIDENT");
                decision.put("reason", "No offence disclosed; real risk of a future offence against the victim");
                decision.put("nchiAssessment", Map.of(
                        "trivialIrrationalOrMalicious", false, "basisForIntentionalHostility", true,
                        "betweenSchoolAgeChildren", false, "realRiskOfSignificantHarmOrOffence", true,
                        "notifyingSubjectCreatesSafeguardingRisk", demo.number() % 2 == 0));
            }
            case CLOSED_NO_RECORD -> {
                decision.put("decision", "NO_RECORD");
                decision.put("reason", "The caller did not perceive hostility and no offence is disclosed");
            }
            case INTELLIGENCE_ONLY -> {
                decision.put("decision", "INTELLIGENCE_ONLY");
                decision.put("reason", "Kept as intelligence for the area's problem profile");
            }
            default -> {
                decision.put("decision", "CRIME");
                decision.put("offenceCode", List.of("8P", "105A", "58J", "8L").get(demo.number() % 4));
                decision.put("offenceGroup", List.of("PUBLIC_ORDER", "VIOLENCE_WITHOUT_INJURY",
                                                     "CRIMINAL_DAMAGE_AND_ARSON", "STALKING_AND_HARASSMENT")
                                                 .get(demo.number() % 4));
                decision.put("crimeNumber", String.format("NC/26/%06d", 100_000 + demo.number()));
                decision.put("reason", "Hostility perceived by the victim and an offence disclosed");
            }
        }
        return decision;
    }

    private static Map<String, Object> outcome(DemoCase demo) {
        return switch (demo.number() % 3) {
            case 0 -> Map.of("outcome", "CHARGED_OR_SUMMONSED");
            case 1 -> Map.of("outcome", "COMMUNITY_RESOLUTION",
                             "victimViews", "The victim agreed to a community resolution and an apology");
            default -> Map.of("outcome", "NO_SUSPECT_IDENTIFIED");
        };
    }

    private record RiskPlan(Map<String, String> answers) {
    }

    private static RiskPlan riskOf(Stage stage) {
        List<String> yes = switch (stage) {
            case RISK_STANDARD, CLOSED_CRIME, REOPENED -> List.of("O1");
            case RISK_MEDIUM -> List.of("H1", "O3", "W2");
            case RISK_HIGH_REVIEWED, RISK_HIGH_AWAITING_REVIEW -> List.of("H1", "H2", "O4", "I2", "W1");
            default -> null;
        };
        if (yes == null) {
            return null;
        }
        Map<String, String> answers = new LinkedHashMap<>();
        for (String question : RISK_QUESTIONS) {
            answers.put(question, yes.contains(question) ? "YES" : "NO");
        }
        return new RiskPlan(answers);
    }

    /** Needs assessed, a referral where the victim agreed, and a first contact, for identified victims. */
    private void careForVictim(DemoCase demo, String caseId) {
        Stage stage = demo.stage();
        if (!demo.hasIdentifiedVictim() || stage == Stage.NEW || stage == Stage.MERGED
                || stage == Stage.PENDING_DUPLICATE || stage == Stage.TRIAGED) {
            return;
        }
        URI care = endpoints.victimContact().resolve("/api/victims/" + caseId);
        JsonNode record;
        try {
            record = await("the victim of case " + caseId + " to be registered", Duration.ofSeconds(30),
                           () -> get(care, VICTIM_CARE),
                           response -> response.status() == 200
                                   && response.body().path("registered").asBoolean(false)).body();
        } catch (IllegalStateException notRegistered) {
            progress.printf("Demo data: %s%n", notRegistered.getMessage());
            return;
        }
        if (record.path("needsOutcome").isNull() || record.path("needsOutcome").isMissingNode()) {
            victimCare(caseId, "/needs-assessments", Map.of(
                    "answers", Map.of("feels-safe-at-home", demo.number() % 3 == 0 ? "NO" : "YES",
                                      "wants-emotional-support", "YES", "practical-help", "NO"),
                    "outcome", demo.number() % 3 == 0 ? "SPECIALIST_SUPPORT_NEEDED" : "SUPPORT_NEEDED"));
        }
        if (record.path("referralConsent").asBoolean(false) && record.path("referrals").isEmpty()) {
            victimCare(caseId, "/referrals", Map.of(
                    "service", demo.number() % 2 == 0 ? "VICTIM_SUPPORT" : "LOCAL_SPECIALIST", "consentGiven", true));
        }
        if (record.path("contacts").isEmpty() && demo.number() % 4 != 3) {
            victimCare(caseId, "/contacts", Map.of(
                    "method", "PHONE", "summary", "Explained what happens next and agreed how to keep in touch"));
        }
    }

    /** A step of victim care; one the service refuses for this victim is reported and the load goes on. */
    private void victimCare(String caseId, String path, Map<String, Object> body) {
        Response response = post(endpoints.victimContact().resolve("/api/victims/" + caseId + path), body,
                                 VICTIM_CARE);
        if (response.status() / 100 != 2) {
            progress.printf("Demo data: victim care %s for case %s was refused: %s%n", path, caseId, response);
        }
    }

    /** Commands on one case, each naming the version it was at; a change made meanwhile is read and retried. */
    private final class CaseSteps {

        private final String caseId;
        private JsonNode summary;
        private long version;

        CaseSteps(String caseId) {
            this.caseId = caseId;
            this.summary = awaitCase(caseId);
            this.version = summary.path("version").asLong();
        }

        void command(String path, Map<String, String> as, Map<String, Object> body) {
            for (int attempt = 0; attempt < 5; attempt++) {
                Map<String, Object> withVersion = new LinkedHashMap<>(body);
                withVersion.put("expectedVersion", version);
                Response response = post(endpoints.cases().resolve("/api/cases/" + caseId + path), withVersion, as);
                if (response.status() == 204) {
                    version++;
                    summary = get(caseUri(caseId), OFFICER).body();
                    return;
                }
                if (response.status() == 409 && response.body() != null
                        && response.body().has("currentVersion")) {
                    version = response.body().get("currentVersion").asLong();
                    continue;
                }
                throw new IllegalStateException("Case " + caseId + " refused " + path + ": " + response);
            }
            throw new IllegalStateException("Case " + caseId + " kept changing while " + path + " was sent");
        }
    }

    private URI caseUri(String caseId) {
        return endpoints.cases().resolve("/api/cases/" + caseId);
    }

    private void step(String what, int done, int total) {
        if (done == total || done % Math.max(1, total / 10) == 0) {
            progress.printf("Demo data: %s %d/%d%n", what, done, total);
        }
    }

    private record Response(int status, JsonNode body) {
    }

    private Response await(String what, Duration within, java.util.function.Supplier<Response> call,
                           Predicate<Response> done) {
        Instant deadline = Instant.now().plus(within);
        Response last = null;
        while (Instant.now().isBefore(deadline)) {
            last = call.get();
            if (done.test(last)) {
                return last;
            }
            sleep(Duration.ofMillis(250));
        }
        throw new IllegalStateException("Gave up waiting for " + what + "; last answer " + last);
    }

    private static void require(Response response, String what) {
        if (response.status() / 100 != 2) {
            throw new IllegalStateException("Failed " + what + ": " + response);
        }
    }

    private Response post(URI uri, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                                                     .header("Content-Type", "application/json")
                                                     .POST(HttpRequest.BodyPublishers.ofString(
                                                             json.writeValueAsString(body)));
            signed(headers).forEach(request::header);
            return send(request.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Response get(URI uri, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        signed(headers).forEach(request::header);
        return send(request.build());
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Response(response.statusCode(), body == null || body.isBlank() ? null : json.readTree(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> actor(String user, String role) {
        return Map.of(ACTING_USER, user, ACTING_ROLE, role);
    }

    /** The headers with the actor replaced by a service token signed for them now, as tokens live minutes. */
    private Map<String, String> signed(Map<String, String> headers) {
        Map<String, String> signed = new HashMap<>(headers);
        String user = signed.remove(ACTING_USER);
        String role = signed.remove(ACTING_ROLE);
        if (user != null && role != null) {
            signed.put("Authorization", "Bearer " + tokens.sign(user, role));
        }
        return signed;
    }
}
