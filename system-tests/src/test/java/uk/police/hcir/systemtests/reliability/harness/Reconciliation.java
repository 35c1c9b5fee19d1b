package uk.police.hcir.systemtests.reliability.harness;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.core.ConditionTimeoutException;
import uk.police.hcir.deploy.local.HcirService;
import uk.police.hcir.systemtests.support.HttpJson;
import uk.police.hcir.systemtests.support.StackIdentity;

/**
 * The end-to-end account after a fault: every report intake stored (so every one it accepted) has exactly one case
 * (one CaseOpened, one case summary), one victim-contact registration and one audit trail with exactly one
 * ReportReceived and one CaseOpened; nothing is stored downstream that intake did not store; no dead letters; and
 * every event processor of every service has handled everything in its event store or on its topics. It checks the
 * databases directly and the services' APIs for every accepted report.
 */
public final class Reconciliation {


    /** The topics each processor that reads Kafka streams, as the services are wired. */
    static final Map<String, List<String>> KAFKA_PROCESSORS = Map.of(
            "case-opening", List.of("hcir.intake.v1"),
            "case-register", List.of("hcir.case.v1"),
            "audit-trail", WireLedger.TOPICS);

    private final String scenario;
    private final LoadResult load;
    private final StoreLedger store;
    private final WireLedger wire;
    private final Duration catchUp;
    private final Map<String, Set<String>> problems = new LinkedHashMap<>();

    private Reconciliation(String scenario, LoadResult load, StoreLedger store, WireLedger wire, Duration catchUp) {
        this.scenario = scenario;
        this.load = load;
        this.store = store;
        this.wire = wire;
        this.catchUp = catchUp;
    }

    /**
     * Waits, within the bound, until every service has caught up with everything intake stored (or something has
     * been dead-lettered, which no wait mends), then takes the account. Running out of time is not an error here:
     * the account then shows what is missing.
     */
    public static Reconciliation afterCatchingUp(String scenario, FaultableStack stack, LoadResult load,
                                                 Duration within) {
        Instant started = Instant.now();
        AtomicReference<StoreLedger> store = new AtomicReference<>();
        AtomicReference<WireLedger> wire = new AtomicReference<>();
        try {
            await("every service catches up").atMost(within).pollInterval(Duration.ofSeconds(2))
                    .ignoreExceptions()
                    .until(() -> {
                        wire.set(WireLedger.read(stack.kafkaBootstrapServers()));
                        store.set(StoreLedger.read(stack.postgres()));
                        Reconciliation account = new Reconciliation(scenario, load, store.get(), wire.get(),
                                                                    Duration.ZERO);
                        return account.caughtUp() || store.get().totalDeadLetters() > 0;
                    });
        } catch (ConditionTimeoutException e) {
            if (store.get() == null || wire.get() == null) {
                throw new IllegalStateException("Could not read the stack's state within " + within, e);
            }
        }
        Reconciliation account = new Reconciliation(scenario, load, store.get(), wire.get(),
                                                    Duration.between(started, Instant.now()));
        account.check(stack);
        return account;
    }

    private boolean caughtUp() {
        for (String report : store.reportsReceived().keySet()) {
            if (!store.casesOpened().containsKey(report) || !store.caseSummaries().containsKey(report)
                    || !store.registrations().containsKey(report) || !store.auditedReports().containsKey(report)
                    || !store.auditedOpenings().containsKey(report)) {
                return false;
            }
        }
        return store.eventStoreProcessorsBehind().isEmpty() && kafkaProcessorsBehind().isEmpty();
    }

    private void check(FaultableStack stack) {
        Set<String> stored = store.reportsReceived().keySet();
        for (String accepted : load.acceptedReportIds()) {
            if (!stored.contains(accepted)) {
                problem("accepted but not stored by intake", accepted);
            }
        }
        expectOneEach("ReportReceived in intake's store", store.reportsReceived(), stored);
        expectOneEach("CaseOpened in case-service's store", store.casesOpened(), stored);
        expectOneEach("case_summary row", store.caseSummaries(), stored);
        expectOneEach("known_case registration", store.registrations(), stored);
        expectOneEach("ReportReceived in the audit trail", store.auditedReports(), stored);
        expectOneEach("CaseOpened in the audit trail", store.auditedOpenings(), stored);
        load.successWithoutReport().forEach(submission -> problem(
                "intake answered success without a report id", submission.sequence() + ": " + submission.detail()));
        store.deadLetters().forEach((group, count) -> problem("dead letters", group + ": " + count));
        store.eventStoreProcessorsBehind().forEach(position -> problem("processor behind its event store", position));
        kafkaProcessorsBehind().forEach(position -> problem("processor behind its topics", position));
        checkApis(stack);
    }

    private void expectOneEach(String what, Map<String, Integer> counts, Set<String> reports) {
        for (String report : reports) {
            if (!counts.containsKey(report)) {
                problem(what + ": missing", report);
            }
        }
        StoreLedger.duplicated(counts).forEach(id -> problem(what + ": duplicated", id + " x" + counts.get(id)));
        counts.keySet().stream().filter(id -> !reports.contains(id))
              .forEach(id -> problem(what + ": for no report intake stored", id));
    }

    private void checkApis(FaultableStack stack) {
        for (String caseId : new TreeSet<>(load.acceptedReportIds())) {
            try {
                HttpJson.Response summary = HttpJson.get(stack.uriOf(HcirService.CASE).resolve("/api/cases/" + caseId),
                                                         officer());
                if (summary.status() != 200 || !"OPEN".equals(summary.body().path("status").asText())) {
                    problem("case-service API: no open case", caseId + " (" + summary.status() + ")");
                }
                HttpJson.Response known = HttpJson.get(
                        stack.uriOf(HcirService.VICTIM_CONTACT).resolve("/api/cases/" + caseId), StackIdentity.actingAs("auditor-1", "AUDITOR"));
                if (known.status() != 200) {
                    problem("victim-contact API: case unknown", caseId + " (" + known.status() + ")");
                }
                HttpJson.Response victim = HttpJson.get(
                        stack.uriOf(HcirService.VICTIM_CONTACT).resolve("/api/victims/" + caseId), victimCare());
                if (victim.status() != 200 || !victim.body().path("registered").asBoolean()) {
                    problem("victim-contact API: victim not registered", caseId + " (" + victim.status() + ")");
                }
                HttpJson.Response trail = HttpJson.get(
                        stack.uriOf(HcirService.REPORTING).resolve("/api/cases/" + caseId + "/audit-trail"), StackIdentity.actingAs("auditor-1", "AUDITOR"));
                List<String> types = new ArrayList<>();
                JsonNode entries = trail.body() == null ? null : trail.body().get("entries");
                if (entries != null) {
                    entries.forEach(entry -> types.add(entry.path("eventType").asText()));
                }
                if (trail.status() != 200
                    || types.stream().filter(StoreLedger.REPORT_RECEIVED::equals).count() != 1
                    || types.stream().filter(StoreLedger.CASE_OPENED::equals).count() != 1) {
                    problem("reporting API: audit trail has not exactly one ReportReceived and one CaseOpened",
                            caseId + " " + types);
                }
            } catch (RuntimeException e) {
                problem("API unreachable", caseId + ": " + e);
            }
        }
    }

    private List<String> kafkaProcessorsBehind() {
        List<String> behind = new ArrayList<>();
        for (StoreLedger.ProcessorPosition position : store.processors()) {
            List<String> topics = KAFKA_PROCESSORS.get(position.processor());
            if (topics == null) {
                continue;
            }
            Map<String, Long> positions = position.kafkaPositions();
            wire.endOffsets().forEach((partition, end) -> {
                boolean read = topics.stream().anyMatch(topic -> partition.startsWith(topic + "-")
                        && partition.substring(topic.length() + 1).chars().allMatch(Character::isDigit));
                if (read && end > 0 && positions.getOrDefault(partition, -1L) < end - 1) {
                    behind.add(position.service().serviceName() + "/" + position.processor() + "/"
                                       + position.segment() + " at " + partition + "@"
                                       + positions.getOrDefault(partition, -1L) + " of " + (end - 1));
                }
            });
        }
        return behind;
    }

    private void problem(String kind, String detail) {
        problems.computeIfAbsent(kind, k -> new TreeSet<>()).add(detail);
    }

    public Map<String, Set<String>> problems() {
        return problems;
    }

    /** Effects that happened more than once, over every store. */
    public long duplicates() {
        return extra(store.reportsReceived()) + extra(store.casesOpened()) + extra(store.caseSummaries())
                + extra(store.registrations()) + extra(store.auditedReports()) + extra(store.auditedOpenings());
    }

    public long missing() {
        return problems.entrySet().stream().filter(e -> e.getKey().contains("missing")
                                                         || e.getKey().startsWith("accepted but not stored"))
                       .mapToLong(e -> e.getValue().size()).sum();
    }

    private static long extra(Map<String, Integer> counts) {
        return counts.values().stream().mapToLong(count -> count - 1).filter(n -> n > 0).sum();
    }

    public LoadResult load() {
        return load;
    }

    public StoreLedger store() {
        return store;
    }

    public WireLedger wire() {
        return wire;
    }

    /** The counts of the run, as the suite prints them. */
    public String report() {
        StringBuilder out = new StringBuilder();
        out.append("\n[reliability] ").append(scenario).append('\n');
        line(out, "load", load.summary());
        line(out, "intake", StoreLedger.total(store.reportsReceived()) + " reports stored ("
                + store.reportsReceived().size() + " distinct)");
        line(out, "case-service", StoreLedger.total(store.casesOpened()) + " CaseOpened, "
                + StoreLedger.total(store.caseSummaries()) + " case summaries");
        line(out, "victim-contact", StoreLedger.total(store.registrations()) + " registrations");
        line(out, "reporting", store.auditEntries() + " audit entries: " + StoreLedger.total(store.auditedReports())
                + " ReportReceived, " + StoreLedger.total(store.auditedOpenings()) + " CaseOpened, "
                + store.otherAuditEntries() + " other");
        StringBuilder topics = new StringBuilder();
        wire.topics().forEach((topic, count) -> topics.append(topic).append(' ').append(count.records())
                                                         .append(" records (").append(count.redelivered())
                                                         .append(" redelivered) "));
        line(out, "kafka", topics.toString().trim());
        line(out, "dead letters", Long.toString(store.totalDeadLetters()));
        line(out, "missing", Long.toString(missing()));
        line(out, "duplicates", Long.toString(duplicates()));
        line(out, "caught up in", catchUp.toSeconds() + " s after the load ended");
        problems.forEach((kind, details) -> line(out, "PROBLEM", kind + " (" + details.size() + "): "
                + details.stream().limit(5).toList() + (details.size() > 5 ? " ..." : "")));
        return out.toString();
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(String.format("  %-15s %s%n", label, value));
    }

    private static Map<String, String> officer() {
        return StackIdentity.actingAs("reconciliation", "OFFICER");
    }

    private static Map<String, String> victimCare() {
        return StackIdentity.actingAs("reconciliation", "VICTIM_CARE");
    }
}
