package uk.police.hcir.systemtests.benchmark;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills reporting-service's audit store with generated cases, fast: each case is a copy of a real case the services
 * filed (its events as reporting stored them, at the same stage of its lifecycle), under a new case id, with new
 * event ids, its own strands, spread over the two years before now, and with its own hash chain; written with COPY
 * over two connections.
 */
final class StoreLoader {

    private static final Pattern STRANDS = Pattern.compile("\"strands\":\\[[^\\]]*\\]");
    private static final int ROWS_PER_COPY = 5_000;
    private static final String COPY_EVENTS = """
            COPY audit_event (event_id, case_id, source_service, event_type, revision, occurred_at, actor_id,
                              actor_role, correlation_id, causation_id, reason, payload, stored_payload, chain_seq,
                              entry_hash, chain_hash) FROM STDIN""";
    private static final String COPY_HEADS = "COPY audit_chain_head (case_id, last_seq, chain_hash) FROM STDIN";

    record Template(String caseId, List<AuditRow> rows) {
    }

    record Loaded(long events, long cases, Duration took, List<String> sampleCaseIds) {
    }

    private final String jdbcUrl;
    private final Map<Lifecycles.Stage, List<Template>> templates;
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong cases = new AtomicLong();

    StoreLoader(String jdbcUrl, Map<Lifecycles.Stage, List<Template>> templates) {
        this.jdbcUrl = jdbcUrl;
        this.templates = templates;
    }

    /** The events reporting filed for the cases, as stored. */
    static Template template(String jdbcUrl, String caseId) throws SQLException {
        List<AuditRow> rows = new ArrayList<>();
        try (Connection connection = Baselines.connect(jdbcUrl);
             PreparedStatement query = connection.prepareStatement("""
                     SELECT event_id, case_id, source_service, event_type, revision, occurred_at, actor_id, actor_role,
                            correlation_id, causation_id, reason, stored_payload
                     FROM audit_event WHERE case_id = ? ORDER BY chain_seq""")) {
            query.setString(1, caseId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(new AuditRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                          rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7),
                                          rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                                          rs.getString(12)));
                }
            }
        }
        return new Template(caseId, rows);
    }

    long eventsLoaded() {
        return events.get();
    }

    /** Loads generated cases until the store holds at least so many more events. */
    Loaded load(long target, long seed) {
        long started = System.nanoTime();
        List<String> samples = new ArrayList<>();
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        for (int worker = 0; worker < 2; worker++) {
            SplittableRandom random = new SplittableRandom(seed + worker);
            workers.add(CompletableFuture.runAsync(() -> fill(target, random, samples)));
        }
        CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).join();
        return new Loaded(events.get(), cases.get(), Duration.ofNanos(System.nanoTime() - started),
                          List.copyOf(samples));
    }

    private void fill(long target, SplittableRandom random, List<String> samples) {
        Workload strands = new Workload(random.nextLong());
        try (Connection connection = Baselines.connect(jdbcUrl)) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder rows = new StringBuilder(ROWS_PER_COPY * 2_000);
            StringBuilder heads = new StringBuilder();
            int inChunk = 0;
            while (events.get() < target) {
                Template template = pick(random);
                String caseId = UUID.randomUUID().toString();
                int written = generate(template, caseId, strands.strands(), random, rows, heads);
                inChunk += written;
                cases.incrementAndGet();
                if (random.nextInt(20) == 0) {
                    synchronized (samples) {
                        if (samples.size() < 10_000) {
                            samples.add(caseId);
                        }
                    }
                }
                if (inChunk >= ROWS_PER_COPY) {
                    flush(copy, rows, heads);
                    events.addAndGet(inChunk);
                    inChunk = 0;
                }
            }
            flush(copy, rows, heads);
            events.addAndGet(inChunk);
        } catch (Exception e) {
            throw new IllegalStateException("Loading the audit store failed", e);
        }
    }

    private static void flush(CopyManager copy, StringBuilder rows, StringBuilder heads) throws Exception {
        if (rows.length() > 0) {
            copy.copyIn(COPY_EVENTS, new StringReader(rows.toString()));
            copy.copyIn(COPY_HEADS, new StringReader(heads.toString()));
        }
        rows.setLength(0);
        heads.setLength(0);
    }

    private Template pick(SplittableRandom random) {
        double roll = random.nextDouble();
        for (Lifecycles.Stage stage : Lifecycles.Stage.values()) {
            roll -= stage.share;
            List<Template> choices = templates.get(stage);
            if (roll < 0 && choices != null && !choices.isEmpty()) {
                return choices.get(random.nextInt(choices.size()));
            }
        }
        List<Template> all = templates.values().stream().flatMap(List::stream).toList();
        return all.get(random.nextInt(all.size()));
    }

    private static int generate(Template template, String caseId, List<String> strands, SplittableRandom random,
                                StringBuilder rows, StringBuilder heads) {
        String strandsJson = Matcher.quoteReplacement("\"strands\":[\"" + String.join("\",\"", strands) + "\"]");
        Instant reported = Instant.now().minus(Duration.ofMinutes(random.nextLong(2 * 365 * 24 * 60)))
                                  .truncatedTo(ChronoUnit.MILLIS);
        String correlationId = UUID.randomUUID().toString();
        String chain = AuditRow.GENESIS;
        Instant at = reported;
        Instant previousTemplateTime = template.rows().get(0).occurredAt();
        int seq = 0;
        for (AuditRow source : template.rows()) {
            long gap = Duration.between(previousTemplateTime, source.occurredAt()).toMillis();
            previousTemplateTime = source.occurredAt();
            at = at.plusMillis(gap < 2_000 ? Math.max(0, gap) : Duration.ofHours(1 + random.nextInt(96)).toMillis());
            String payload = STRANDS.matcher(source.storedPayload().replace(template.caseId(), caseId))
                                    .replaceAll(strandsJson);
            AuditRow row = new AuditRow(UUID.randomUUID().toString(), caseId, source.sourceService(),
                                        source.eventType(), source.revision(), at, source.actorId(),
                                        source.actorRole(), correlationId, source.causationId(), source.reason(),
                                        payload);
            chain = row.link(chain);
            seq++;
            append(rows, row.eventId(), caseId, row.sourceService(), row.eventType(), row.revision(),
                   at.toString(), row.actorId(), row.actorRole(), row.correlationId(), row.causationId(),
                   row.reason(), payload, payload, Integer.toString(seq), row.entryHash(), chain);
        }
        append(heads, caseId, Integer.toString(seq), chain);
        return seq;
    }

    /** One line of COPY's text format: tab-separated, \N for null, backslash escapes. */
    private static void append(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            String field = fields[i];
            if (field == null) {
                out.append("\\N");
                continue;
            }
            for (int c = 0; c < field.length(); c++) {
                char ch = field.charAt(c);
                switch (ch) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(ch);
                }
            }
        }
        out.append('\n');
    }

    static Map<Lifecycles.Stage, List<Template>> byStage() {
        return new EnumMap<>(Lifecycles.Stage.class);
    }
}
