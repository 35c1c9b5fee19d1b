package uk.police.hcir.systemtests.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.police.hcir.deploy.local.HcirService;
import uk.police.hcir.systemtests.reliability.harness.FaultableStack;
import uk.police.hcir.systemtests.reliability.harness.Faults;
import uk.police.hcir.systemtests.reliability.harness.LoadProfile;
import uk.police.hcir.systemtests.reliability.harness.LoadResult;
import uk.police.hcir.systemtests.reliability.harness.Reconciliation;
import uk.police.hcir.systemtests.reliability.harness.ReliabilityReport;
import uk.police.hcir.systemtests.reliability.harness.ReliabilityScenario;
import uk.police.hcir.systemtests.reliability.harness.ReportLoad;
import uk.police.hcir.systemtests.reliability.harness.Submission;
import uk.police.hcir.systemtests.support.HttpJson;
import uk.police.hcir.systemtests.support.StackIdentity;

/**
 * Reporting is SIGKILLed half-way through rebuilding its case-state projection beside the live one, under load.
 * The live projection serves throughout the rebuild; the killed run's build-beside table does not survive the
 * restart, the run is reported interrupted, and a new rebuild is not blocked by it and swaps in exactly the live
 * state.
 */
@ReliabilityScenario
class ReportingRebuildCrashSystemTest {

    /** Earlier cases' history, so that the rebuild has enough to fold to be caught half-way. */
    private static final int EARLIER_CASES = 10_000;

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void killingReportingMidRebuildLeavesNothingHalfWrittenAndTheNextRebuildSwapsInTheLiveState(
            FaultableStack stack) {
        seedEarlierHistory(stack);
        URI reporting = stack.uriOf(HcirService.REPORTING);
        LoadProfile profile = LoadProfile.configuredAtLeast(Duration.ofSeconds(20));
        LoadResult result;
        String killedRun;
        long foldedWhenKilled;
        long buildBesideTables;
        long halfWrittenRows;
        AtomicInteger liveReadsDuringRebuild = new AtomicInteger();
        try (ReportLoad load = ReportLoad.start(stack.uriOf(HcirService.INTAKE), profile)) {
            Faults.awaitShareSent(load, profile, 0.3);
            String liveCase = load.answeredSoFar().stream().filter(Submission::accepted).findFirst().orElseThrow()
                                  .reportId();
            await("the first report's case has a live state").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> HttpJson.get(reporting.resolve("/api/cases/" + liveCase + "/state"), StackIdentity.actingAs("auditor-1", "AUDITOR")).status() == 200);

            killedRun = startRebuild(reporting);
            JsonNode halfWay = await("the rebuild is part-way through folding").atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                    .until(() -> {
                        assertThat(HttpJson.get(reporting.resolve("/api/cases/" + liveCase + "/state"), StackIdentity.actingAs("auditor-1", "AUDITOR")).status())
                                .as("the live projection serves while the rebuild runs").isEqualTo(200);
                        liveReadsDuringRebuild.incrementAndGet();
                        return progress(reporting, killedRun);
                    }, p -> "RUNNING".equals(p.path("status").asText())
                            && p.path("eventsDone").asLong() > p.path("eventsTotal").asLong() / 5);
            foldedWhenKilled = halfWay.path("eventsDone").asLong();
            buildBesideTables = stack.queryNumber(HcirService.REPORTING,
                                                  "SELECT count(*) FROM pg_tables WHERE tablename = 'case_state_rebuild'");
            halfWrittenRows = stack.queryNumber(HcirService.REPORTING, "SELECT count(*) FROM case_state_rebuild");
            stack.kill(HcirService.REPORTING);
            stack.restart(HcirService.REPORTING);
            result = load.awaitFinished();
        }
        long leftOverTables = stack.queryNumber(HcirService.REPORTING,
                                                "SELECT count(*) FROM pg_tables WHERE tablename LIKE 'case_state_%' "
                                                        + "AND tablename <> 'case_state_applied'");
        String killedStatus = progress(reporting, killedRun).path("status").asText();

        Reconciliation account = Reconciliation.afterCatchingUp(
                "reporting-service SIGKILLed mid-rebuild of the case-state projection at 30% of the load, restarted "
                        + "at once; the rebuild run again once the load is reconciled", stack, result,
                Duration.ofMinutes(2));
        Map<String, String> liveBefore = liveStates(reporting, result);

        String secondRun = startRebuild(reporting);
        String someCase = liveBefore.keySet().iterator().next();
        JsonNode done = await("the second rebuild finishes").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    assertThat(HttpJson.get(reporting.resolve("/api/cases/" + someCase + "/state"), StackIdentity.actingAs("auditor-1", "AUDITOR")).status())
                            .as("the live projection serves while the rebuild runs").isEqualTo(200);
                    liveReadsDuringRebuild.incrementAndGet();
                    return progress(reporting, secondRun);
                }, p -> !"RUNNING".equals(p.path("status").asText()));
        Map<String, String> liveAfter = liveStates(reporting, result);

        ReliabilityReport.publish(account.report()
                + line("killed rebuild", killedRun + ": " + foldedWhenKilled + " events folded, " + halfWrittenRows
                        + " rows in the build-beside table when killed; after restart " + killedStatus + ", "
                        + leftOverTables + " build-beside tables left")
                + line("next rebuild", done.path("status").asText() + ": " + done.path("eventsDone").asLong()
                        + " events in " + Duration.between(java.time.Instant.parse(done.path("startedAt").asText()),
                                                           java.time.Instant.parse(done.path("finishedAt").asText()))
                                                  .toMillis() + " ms, " + done.path("casesCompared").asLong()
                        + " cases compared with live, " + done.path("differencesFromLive").asLong() + " differing")
                + line("live reads", liveReadsDuringRebuild.get() + " answered while rebuilding; "
                        + liveBefore.size() + " cases' states identical before and after the swap: "
                        + liveBefore.equals(liveAfter))
                + liveBefore.keySet().stream().filter(id -> !liveBefore.get(id).equals(liveAfter.get(id))).limit(2)
                            .map(id -> line("PROBLEM", "live " + liveBefore.get(id) + "\n" + " ".repeat(18)
                                    + "rebuilt " + liveAfter.get(id)))
                            .collect(java.util.stream.Collectors.joining()));

        assertThat(result.count(Submission.Outcome.ACCEPTED)).isPositive();
        assertThat(buildBesideTables).as("the kill caught the rebuild with its build-beside table in place")
                                     .isEqualTo(1);
        assertThat(killedStatus).isEqualTo("INTERRUPTED");
        assertThat(leftOverTables).as("no build-beside table survives the crash").isZero();
        assertThat(account.problems()).isEmpty();
        assertThat(done.path("status").asText()).as(done.path("failure").asText()).isEqualTo("SWAPPED");
        assertThat(done.path("differencesFromLive").asLong()).isZero();
        assertThat(done.path("casesCompared").asLong()).isGreaterThanOrEqualTo(result.acceptedReportIds().size());
        assertThat(liveAfter).isEqualTo(liveBefore);
    }

    private static void seedEarlierHistory(FaultableStack stack) {
        stack.execute(HcirService.REPORTING, """
                INSERT INTO audit_event (event_id, case_id, source_service, event_type, revision, occurred_at,
                                         payload, stored_payload)
                SELECT gen_random_uuid()::text, 'earlier-' || n, '/hcir/case-service', e.type, '1',
                       timestamptz '2025-06-01 10:00:00+00' + (n || ' minutes')::interval + (e.k || ' hours')::interval,
                       e.payload, e.payload::text
                FROM generate_series(1, %d) AS n,
                     LATERAL (VALUES
                       (1, 'uk.police.hcir.case.hate-flags-applied',
                        jsonb_build_object('caseId', 'earlier-' || n, 'strands', jsonb_build_array('RACE'),
                                           'online', false)),
                       (2, 'uk.police.hcir.case.recording-decision-made',
                        jsonb_build_object('caseId', 'earlier-' || n, 'decision', 'CRIME',
                                           'offenceGroup', 'PUBLIC_ORDER', 'reason', 'Offence disclosed')),
                       (3, 'uk.police.hcir.case.risk-assessed',
                        jsonb_build_object('caseId', 'earlier-' || n, 'level', 'STANDARD', 'score', n %% 20))
                     ) AS e(k, type, payload)""".formatted(EARLIER_CASES));
    }

    private static String startRebuild(URI reporting) {
        HttpJson.Response started = HttpJson.post(reporting.resolve("/api/rebuilds/case-state"), "", StackIdentity.actingAs("auditor-1", "AUDITOR"));
        assertThat(started.status()).as(String.valueOf(started.body())).isEqualTo(202);
        return started.body().path("rebuildId").asText();
    }

    private static JsonNode progress(URI reporting, String rebuildId) {
        HttpJson.Response progress = HttpJson.get(reporting.resolve("/api/rebuilds/" + rebuildId), StackIdentity.actingAs("auditor-1", "AUDITOR"));
        assertThat(progress.status()).as(String.valueOf(progress.body())).isEqualTo(200);
        return progress.body();
    }

    private static Map<String, String> liveStates(URI reporting, LoadResult result) {
        Map<String, String> states = new TreeMap<>();
        for (String caseId : List.copyOf(new java.util.TreeSet<>(result.acceptedReportIds()))) {
            HttpJson.Response state = HttpJson.get(reporting.resolve("/api/cases/" + caseId + "/state"), StackIdentity.actingAs("auditor-1", "AUDITOR"));
            states.put(caseId, state.status() + " " + state.raw().body());
        }
        return states;
    }

    private static String line(String label, String value) {
        return String.format("  %-15s %s%n", label, value);
    }
}
