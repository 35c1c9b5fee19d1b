package uk.police.hcir.reporting.rebuild;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.police.hcir.reporting.integrity.ChainHashing;
import uk.police.hcir.reporting.integrity.ChainedEvent;

/**
 * Rebuilds the audit trail beside the one serving: every event's queryable payload, its place in its case's hash
 * chain, its hashes and each chain's head are derived again from the event exactly as stored, and the result takes
 * the live tables' names in one transaction.
 *
 * <p>The stored events are the evidence, so a rebuild never overwrites them with something different: when the
 * rebuilt trail differs from the live one in any row or chain head (an event no longer matching its hashes, a
 * queryable copy unlike the stored payload, a head out of step), the rebuilt tables are dropped, the live trail is
 * kept as it is, and the rebuild ends {@code KEPT_LIVE} naming the first difference.
 */
@Service
public class AuditTrailRebuild implements RebuildableProjection {

    static final String PROJECTION = "audit-trail";
    private static final int BATCH = 1_000;
    private static final String INSERT = """
            INSERT INTO audit_event_rebuild (position, event_id, case_id, source_service, event_type, revision,
                                             occurred_at, actor_id, actor_role, correlation_id, causation_id, reason,
                                             payload, recorded_at, stored_payload, chain_seq, entry_hash, chain_hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?)""";
    private static final String SELECT = """
            SELECT position, event_id, case_id, source_service, event_type, revision, occurred_at, actor_id,
                   actor_role, correlation_id, causation_id, reason, coalesce(stored_payload, payload::text),
                   recorded_at, stored_payload, chain_seq
            FROM audit_event""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "audit-trail-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, RebuildRun> runs = new ConcurrentHashMap<>();

    public AuditTrailRebuild(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public String projection() {
        return PROJECTION;
    }

    @Override
    public RebuildProgress start() {
        RebuildRun run = new RebuildRun(PROJECTION, clock.instant());
        runs.put(run.id, run);
        worker.submit(() -> rebuild(run));
        return run.progress(clock.instant());
    }

    @Override
    public Optional<RebuildProgress> progress(String rebuildId) {
        return Optional.ofNullable(runs.get(rebuildId)).map(run -> run.progress(clock.instant()));
    }

    @Override
    public List<RebuildProgress> runs() {
        return runs.values().stream().map(run -> run.progress(clock.instant()))
                   .sorted(Comparator.comparing(RebuildProgress::startedAt).reversed()).toList();
    }

    private void rebuild(RebuildRun run) {
        try {
            long snapshot = jdbc.sql("SELECT coalesce(max(position), 0) FROM audit_event").query(Long.class).single();
            run.total = jdbc.sql("SELECT count(*) FROM audit_event WHERE position <= ?").param(snapshot)
                            .query(Long.class).single();
            jdbc.sql("DROP TABLE IF EXISTS audit_event_rebuild, audit_chain_head_rebuild").update();
            jdbc.sql("CREATE TABLE audit_event_rebuild (LIKE audit_event INCLUDING ALL)").update();
            jdbc.sql("CREATE TABLE audit_chain_head_rebuild (LIKE audit_chain_head INCLUDING ALL)").update();
            Chains chains = new Chains(run, true);
            jdbc.sql(SELECT + " WHERE position <= ? ORDER BY case_id, chain_seq NULLS FIRST, position")
                .param(snapshot).query((RowCallbackHandler) chains::add);
            chains.finish();
            transactions.executeWithoutResult(tx -> swap(run, snapshot));
        } catch (RuntimeException e) {
            run.status = "FAILED";
            run.failure = e.getMessage();
            jdbc.sql("DROP TABLE IF EXISTS audit_event_rebuild, audit_chain_head_rebuild").update();
        } finally {
            run.finishedAt = clock.instant();
        }
    }

    /** Files the events that arrived while the rebuild ran, compares, and swaps only when nothing differs. */
    private void swap(RebuildRun run, long snapshot) {
        jdbc.sql("LOCK TABLE audit_event, audit_chain_head IN EXCLUSIVE MODE").update();
        List<String> caughtUp = jdbc.sql("SELECT DISTINCT case_id FROM audit_event WHERE position > ?")
                                    .param(snapshot).query(String.class).list();
        if (!caughtUp.isEmpty()) {
            Chains chains = new Chains(run, false);
            for (String caseId : caughtUp) {
                jdbc.sql("DELETE FROM audit_event_rebuild WHERE case_id = ?").param(caseId).update();
                jdbc.sql("DELETE FROM audit_chain_head_rebuild WHERE case_id = ?").param(caseId).update();
                jdbc.sql(SELECT + " WHERE case_id = ? ORDER BY chain_seq NULLS FIRST, position").param(caseId)
                    .query((RowCallbackHandler) chains::add);
            }
            chains.finish();
        }
        run.compared = jdbc.sql("SELECT count(*) FROM audit_event l JOIN audit_event_rebuild r USING (position)")
                           .query(Long.class).single();
        List<String> differing = jdbc.sql("""
                SELECT case_id || CASE WHEN seq IS NULL THEN ' head' ELSE ' link ' || seq END FROM (
                    SELECT coalesce(l.case_id, r.case_id) AS case_id, coalesce(l.chain_seq, r.chain_seq, 0) AS seq
                    FROM audit_event l FULL JOIN audit_event_rebuild r USING (position)
                    WHERE l.event_id IS DISTINCT FROM r.event_id OR l.chain_seq IS DISTINCT FROM r.chain_seq
                       OR l.entry_hash IS DISTINCT FROM r.entry_hash OR l.chain_hash IS DISTINCT FROM r.chain_hash
                       OR l.payload IS DISTINCT FROM r.payload
                    UNION ALL
                    SELECT coalesce(l.case_id, r.case_id), NULL
                    FROM audit_chain_head l FULL JOIN audit_chain_head_rebuild r USING (case_id)
                    WHERE l.last_seq IS DISTINCT FROM r.last_seq OR l.chain_hash IS DISTINCT FROM r.chain_hash
                ) differences ORDER BY case_id, seq NULLS LAST""")
                                  .query(String.class).list();
        run.differences = differing.size();
        if (!differing.isEmpty()) {
            jdbc.sql("DROP TABLE audit_event_rebuild, audit_chain_head_rebuild").update();
            run.status = "KEPT_LIVE";
            run.failure = differing.size() + " rows of the audit trail differ from what their stored events give,"
                    + " first at case " + differing.get(0) + "; the live audit trail is kept as evidence";
            return;
        }
        String sequence = jdbc.sql("SELECT pg_get_serial_sequence('audit_event', 'position')")
                              .query(String.class).single();
        jdbc.sql("ALTER TABLE audit_event RENAME TO audit_event_replaced").update();
        jdbc.sql("ALTER TABLE audit_event_rebuild RENAME TO audit_event").update();
        jdbc.sql("ALTER SEQUENCE " + sequence + " OWNED BY audit_event.position").update();
        jdbc.sql("DROP TABLE audit_event_replaced").update();
        jdbc.sql("ALTER TABLE audit_chain_head RENAME TO audit_chain_head_replaced").update();
        jdbc.sql("ALTER TABLE audit_chain_head_rebuild RENAME TO audit_chain_head").update();
        jdbc.sql("DROP TABLE audit_chain_head_replaced").update();
        run.status = "SWAPPED";
    }

    /**
     * Chains each case's events in the order they were chained when they arrived, from the genesis hash, and
     * writes them in batches. Events filed before the hash chain existed stay outside it, as they are live.
     */
    private final class Chains {

        private final RebuildRun run;
        private final boolean counted;
        private final List<Object[]> rows = new ArrayList<>(BATCH);
        private final List<Object[]> heads = new ArrayList<>();
        private String caseId;
        private int seq;
        private String hash = ChainHashing.GENESIS;

        Chains(RebuildRun run, boolean counted) {
            this.run = run;
            this.counted = counted;
        }

        void add(ResultSet rs) throws SQLException {
            String rowCase = rs.getString(3);
            if (!rowCase.equals(caseId)) {
                closeCase();
                caseId = rowCase;
            }
            Timestamp occurredAt = rs.getTimestamp(7);
            String payload = rs.getString(13);
            ChainedEvent event = new ChainedEvent(rs.getString(2), rowCase, rs.getString(4), rs.getString(5),
                                                  rs.getString(6), occurredAt.toInstant(), rs.getString(8),
                                                  rs.getString(9), rs.getString(10), rs.getString(11),
                                                  rs.getString(12), rs.getString(15));
            boolean chained = rs.getObject(16) != null;
            Integer linkSeq = null;
            String entryHash = null;
            String chainHash = null;
            if (chained) {
                seq++;
                hash = ChainHashing.link(hash, event);
                linkSeq = seq;
                entryHash = ChainHashing.entryHash(event);
                chainHash = hash;
            }
            rows.add(new Object[] {rs.getLong(1), event.eventId(), rowCase, event.sourceService(),
                                   event.eventType(), event.revision(), occurredAt, event.actorId(),
                                   event.actorRole(), event.correlationId(), event.causationId(), event.reason(),
                                   payload, rs.getTimestamp(14), event.storedPayload(), linkSeq, entryHash,
                                   chainHash});
            if (counted) {
                run.done.incrementAndGet();
            }
            if (rows.size() >= BATCH) {
                flush();
            }
        }

        void finish() {
            closeCase();
            flush();
        }

        private void closeCase() {
            if (caseId != null && seq > 0) {
                heads.add(new Object[] {caseId, seq, hash});
            }
            caseId = null;
            seq = 0;
            hash = ChainHashing.GENESIS;
        }

        private void flush() {
            if (!rows.isEmpty()) {
                template.batchUpdate(INSERT, rows);
                rows.clear();
            }
            if (!heads.isEmpty()) {
                template.batchUpdate("INSERT INTO audit_chain_head_rebuild (case_id, last_seq, chain_hash) "
                                             + "VALUES (?, ?, ?)", heads);
                heads.clear();
            }
        }
    }
}
