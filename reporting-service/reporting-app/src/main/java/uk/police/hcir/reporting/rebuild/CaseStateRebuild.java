package uk.police.hcir.reporting.rebuild;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.police.hcir.platform.eventcontract.EventContractAutoConfiguration;
import uk.police.hcir.platform.webapi.ApiProblem;
import uk.police.hcir.reporting.pointintime.CaseState;
import uk.police.hcir.reporting.pointintime.CaseStateFold;

/**
 * Rebuilds the live case state from the whole audit trail beside the one serving, then swaps them: the new table
 * catches up with events filed meanwhile, is compared with the live one, and takes its name in one transaction.
 *
 * <p>One rebuild runs at a time across every instance: the run holds a PostgreSQL advisory lock on a connection of
 * its own, which the database releases the moment that connection goes, however its process ended. Whoever takes
 * the lock next discards what a dead run left half-written (its build-beside table) and records that run as
 * interrupted; nothing of it reaches the live table, which only the swap transaction touches.
 */
@Service
public class CaseStateRebuild implements RebuildableProjection {

    private static final Logger LOG = LoggerFactory.getLogger(CaseStateRebuild.class);
    private static final int BATCH = 500;
    /** The advisory lock of the case-state rebuild: the bytes of "rebuild" and the projection's number 1. */
    static final long LOCK_KEY = 0x7265_6275_696c_6401L;
    static final String PROJECTION = "case-state";
    private static final Duration AUDIT_CATCH_UP = Duration.ofSeconds(15);

    private final DataSource dataSource;

    /** Rows fetched per round trip: the store is streamed, never held in memory whole. */
    private static final int FETCH = 5_000;
    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final JdbcTemplate streaming;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ObjectMapper json = EventContractAutoConfiguration.eventObjectMapper();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "case-state-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, RebuildRun> runs = new ConcurrentHashMap<>();

    public CaseStateRebuild(DataSource dataSource, JdbcClient jdbc, JdbcTemplate jdbcTemplate,
                            TransactionTemplate transactions, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.streaming = new JdbcTemplate(jdbcTemplate.getDataSource());
        this.streaming.setFetchSize(FETCH);
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public String projection() {
        return PROJECTION;
    }

    @Override
    public List<RebuildProgress> runs() {
        return runs.values().stream().map(run -> run.progress(clock.instant()))
                   .sorted(java.util.Comparator.comparing(RebuildProgress::startedAt).reversed()).toList();
    }

    /** Starts a rebuild, unless one is running already on this or another instance. */
    @Override
    public RebuildProgress start() {
        Connection lock = takeLock();
        if (lock == null) {
            String running = jdbc.sql("SELECT rebuild_id FROM projection_rebuild WHERE projection = ? AND status = "
                                              + "'RUNNING' ORDER BY started_at DESC LIMIT 1")
                                 .param(PROJECTION).query(String.class).optional().orElse("unknown");
            throw new ApiProblem(HttpStatus.CONFLICT, "rebuild-in-progress", "A rebuild is running",
                                 "Rebuild " + running + " of the case state is still running; follow it at "
                                         + "/api/rebuilds/" + running);
        }
        try {
            discardInterruptedRuns();
            RebuildRun run = new RebuildRun(PROJECTION, clock.instant());
            jdbc.sql("INSERT INTO projection_rebuild (rebuild_id, projection, status, started_at) VALUES (?, ?, ?, ?)")
                .param(run.id).param(PROJECTION).param(run.status).param(Timestamp.from(run.startedAt)).update();
            runs.put(run.id, run);
            worker.submit(() -> {
                try {
                    rebuild(run);
                } finally {
                    release(lock);
                }
            });
            return run.progress(clock.instant());
        } catch (RuntimeException e) {
            release(lock);
            throw e;
        }
    }

    @Override
    public Optional<RebuildProgress> progress(String rebuildId) {
        RebuildRun live = runs.get(rebuildId);
        if (live != null) {
            return Optional.of(live.progress(clock.instant()));
        }
        return jdbc.sql("""
                        SELECT rebuild_id, status, started_at, finished_at, events_done, events_total, compared,
                               differences, failure FROM projection_rebuild WHERE rebuild_id = ?""")
                   .param(rebuildId)
                   .query((rs, row) -> {
                       Instant startedAt = rs.getTimestamp(3).toInstant();
                       Instant finishedAt = rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant();
                       long done = rs.getLong(5);
                       double seconds = Math.max(0.001, Duration.between(startedAt, finishedAt == null
                               ? clock.instant() : finishedAt).toMillis() / 1000.0);
                       return new RebuildProgress(rs.getString(1), PROJECTION, rs.getString(2), startedAt,
                                                  finishedAt, done, rs.getLong(6),
                                                  Math.round(done / seconds * 10) / 10.0, null, rs.getLong(7),
                                                  rs.getLong(8), rs.getString(9));
                   }).optional();
    }

    /**
     * When an instance starts, and no rebuild is running anywhere, whatever a killed run left behind goes: its
     * build-beside table, and its record as running.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void discardWhatAKilledRunLeft() {
        Connection lock = takeLock();
        if (lock == null) {
            return;
        }
        try {
            discardInterruptedRuns();
        } catch (RuntimeException e) {
            LOG.warn("Could not discard what an interrupted rebuild left: {}", e.getMessage());
        } finally {
            release(lock);
        }
    }

    /** Only while holding the lock: no run is alive, so one recorded as running was interrupted. */
    private void discardInterruptedRuns() {
        jdbc.sql("DROP TABLE IF EXISTS case_state_rebuild").update();
        int interrupted = jdbc.sql("""
                UPDATE projection_rebuild SET status = 'INTERRUPTED', finished_at = ?,
                       failure = 'The process running it stopped before it finished; nothing of it was kept'
                WHERE projection = ? AND status = 'RUNNING'""")
                              .param(Timestamp.from(clock.instant())).param(PROJECTION).update();
        if (interrupted > 0) {
            LOG.warn("Discarded {} interrupted rebuild(s) of the case state and their build-beside table",
                     interrupted);
        }
    }

    /** The rebuild lock on a connection of its own, or null when another run holds it. */
    private Connection takeLock() {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                statement.setLong(1, LOCK_KEY);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return connection;
                    }
                }
            }
            connection.close();
            return null;
        } catch (SQLException e) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // the connection is unusable either way
                }
            }
            throw new IllegalStateException("Could not take the rebuild lock", e);
        }
    }

    private static void release(Connection lock) {
        try (lock; PreparedStatement statement = lock.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            statement.setLong(1, LOCK_KEY);
            statement.execute();
        } catch (SQLException e) {
            // closing the connection below ends the session, and with it the lock; a broken one is evicted
            LOG.warn("Could not release the rebuild lock cleanly: {}", e.getMessage());
        }
    }

    private void rebuild(RebuildRun run) {
        try {
            long snapshot = jdbc.sql("SELECT coalesce(max(position), 0) FROM audit_event").query(Long.class).single();
            run.total = jdbc.sql("SELECT count(*) FROM audit_event WHERE position <= ?").param(snapshot)
                            .query(Long.class).single();
            jdbc.sql("DROP TABLE IF EXISTS case_state_rebuild").update();
            jdbc.sql("CREATE TABLE case_state_rebuild (LIKE case_state INCLUDING ALL)").update();
            List<Object[]> pending = new ArrayList<>();
            CaseState[] current = {null};
            transactions.executeWithoutResult(tx -> streaming.query("""
                     SELECT case_id, event_type, occurred_at, payload::text FROM audit_event WHERE position <= ?
                     ORDER BY case_id, occurred_at, position""", (RowCallbackHandler) rs -> {
                    String caseId = rs.getString(1);
                    if (current[0] != null && !current[0].caseId().equals(caseId)) {
                        pending.add(row(current[0]));
                        current[0] = null;
                        if (pending.size() >= BATCH) {
                            write(pending);
                            record(run);
                        }
                    }
                    CaseState state = current[0] == null ? CaseState.empty(caseId) : current[0];
                    try {
                        current[0] = CaseStateFold.apply(state, rs.getString(2), rs.getTimestamp(3).toInstant(),
                                                         json.readTree(rs.getString(4)));
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException(e);
                    }
                    run.done.incrementAndGet();
                }, snapshot));
            if (current[0] != null) {
                pending.add(row(current[0]));
            }
            write(pending);
            transactions.executeWithoutResult(tx -> swap(run));
            run.status = "SWAPPED";
        } catch (RuntimeException e) {
            run.status = "FAILED";
            run.failure = e.getMessage();
            LOG.warn("The case-state rebuild {} failed", run.id, e);
            try {
                jdbc.sql("DROP TABLE IF EXISTS case_state_rebuild").update();
            } catch (RuntimeException dropFailed) {
                LOG.warn("Could not drop the build-beside table: {}", dropFailed.getMessage());
            }
        } finally {
            run.finishedAt = clock.instant();
            record(run);
            runs.remove(run.id);
        }
    }

    private void record(RebuildRun run) {
        try {
            jdbc.sql("""
                     UPDATE projection_rebuild SET status = ?, finished_at = ?, events_done = ?, events_total = ?,
                            compared = ?, differences = ?, failure = ? WHERE rebuild_id = ?""")
                .param(run.status).param(run.finishedAt == null ? null : Timestamp.from(run.finishedAt))
                .param(run.done.get()).param(run.total).param(run.compared).param(run.differences)
                .param(run.failure).param(run.id).update();
        } catch (RuntimeException e) {
            LOG.warn("Could not record the progress of rebuild {}: {}", run.id, e.getMessage());
        }
    }

    private void swap(RebuildRun run) {
        jdbc.sql("LOCK TABLE case_state IN EXCLUSIVE MODE").update();
        awaitAuditTrailHoldingWhatLiveApplied();
        // every case whose audit trail has more events than were folded, whatever position they were given: a row
        // committed after the snapshot may have taken a position below it
        List<String> caughtUp = jdbc.sql("""
                SELECT a.case_id FROM (SELECT case_id, count(*) AS events FROM audit_event GROUP BY case_id) a
                LEFT JOIN case_state_rebuild r USING (case_id)
                WHERE r.case_id IS NULL OR (r.state ->> 'eventsApplied')::bigint <> a.events""")
                                    .query(String.class).list();
        for (String caseId : caughtUp) {
            CaseState state = CaseState.empty(caseId);
            for (var event : jdbc.sql("""
                    SELECT event_type, occurred_at, payload::text FROM audit_event WHERE case_id = ?
                    ORDER BY occurred_at, position""").param(caseId)
                                 .query((rs, row) -> new Object[] {rs.getString(1), rs.getTimestamp(2).toInstant(),
                                                                   rs.getString(3)}).list()) {
                try {
                    state = CaseStateFold.apply(state, (String) event[0], (Instant) event[1],
                                                json.readTree((String) event[2]));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
            jdbc.sql("DELETE FROM case_state_rebuild WHERE case_id = ?").param(caseId).update();
            write(new ArrayList<>(List.<Object[]>of(row(state))));
        }
        // the new table holds every audited event: the live projection must not apply one of them a second time
        jdbc.sql("""
                 INSERT INTO case_state_applied (event_id)
                 SELECT a.event_id FROM audit_event a
                 WHERE NOT EXISTS (SELECT 1 FROM case_state_applied p WHERE p.event_id = a.event_id)""").update();
        run.compared = jdbc.sql("SELECT count(*) FROM case_state l JOIN case_state_rebuild r USING (case_id)")
                           .query(Long.class).single();
        run.differences = jdbc.sql("""
                SELECT count(*) FROM case_state l JOIN case_state_rebuild r USING (case_id)
                WHERE l.state IS DISTINCT FROM r.state""").query(Long.class).single();
        jdbc.sql("ALTER TABLE case_state RENAME TO case_state_replaced").update();
        jdbc.sql("ALTER TABLE case_state_rebuild RENAME TO case_state").update();
        jdbc.sql("DROP TABLE case_state_replaced").update();
    }

    /**
     * The rebuild folds the audit trail, the live projection what it has been sent; both read the same topics, each
     * at its own pace. Should the live projection have applied an event the audit trail has not stored yet, the
     * rebuilt case would lack it for good, since the live projection never applies an event twice. With the live
     * projection held by the lock, the audit trail is given a while to catch up; if it does not (it is stopped, or
     * holds dead letters), the rebuild fails and nothing is swapped.
     */
    private void awaitAuditTrailHoldingWhatLiveApplied() {
        long giveUp = System.nanoTime() + AUDIT_CATCH_UP.toNanos();
        while (true) {
            long missing = jdbc.sql("""
                                    SELECT count(*) FROM case_state_applied p
                                    WHERE NOT EXISTS (SELECT 1 FROM audit_event a WHERE a.event_id = p.event_id)""")
                               .query(Long.class).single();
            if (missing == 0) {
                return;
            }
            if (System.nanoTime() > giveUp) {
                throw new IllegalStateException(missing + " events the live case state has applied are not in the "
                                                        + "audit trail; rebuild once it has caught up (look for its "
                                                        + "dead letters)");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the audit trail", e);
            }
        }
    }

    private Object[] row(CaseState state) {
        try {
            return new Object[] {state.caseId(), json.writeValueAsString(state), Timestamp.from(state.lastEventAt())};
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void write(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbcTemplate.batchUpdate("INSERT INTO case_state_rebuild (case_id, state, last_event_at) "
                                     + "VALUES (?, CAST(? AS jsonb), ?)", rows);
        }
        rows.clear();
    }
}
