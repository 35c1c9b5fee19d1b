package uk.police.hcir.reporting.rebuild;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.police.hcir.platform.eventcontract.EventContractAutoConfiguration;
import uk.police.hcir.reporting.pointintime.CaseState;
import uk.police.hcir.reporting.pointintime.CaseStateFold;

/**
 * Rebuilds the live case state from the whole audit trail beside the one serving, then swaps them: the new table
 * catches up with events filed meanwhile, is compared with the live one, and takes its name in one transaction.
 */
@Service
public class CaseStateRebuild {

    private static final int BATCH = 500;
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
    private final Map<String, Run> runs = new ConcurrentHashMap<>();

    public CaseStateRebuild(JdbcClient jdbc, JdbcTemplate jdbcTemplate, TransactionTemplate transactions,
                            Clock clock) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.streaming = new JdbcTemplate(jdbcTemplate.getDataSource());
        this.streaming.setFetchSize(FETCH);
        this.transactions = transactions;
        this.clock = clock;
    }

    public RebuildProgress start() {
        Run run = new Run(UUID.randomUUID().toString(), clock.instant());
        runs.put(run.id, run);
        worker.submit(() -> rebuild(run));
        return run.progress(clock.instant());
    }

    public Optional<RebuildProgress> progress(String rebuildId) {
        return Optional.ofNullable(runs.get(rebuildId)).map(run -> run.progress(clock.instant()));
    }

    private void rebuild(Run run) {
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
            transactions.executeWithoutResult(tx -> swap(run, snapshot));
            run.status = "SWAPPED";
        } catch (RuntimeException e) {
            run.status = "FAILED";
            run.failure = e.getMessage();
        } finally {
            run.finishedAt = clock.instant();
        }
    }

    private void swap(Run run, long snapshot) {
        jdbc.sql("LOCK TABLE case_state IN EXCLUSIVE MODE").update();
        List<String> caughtUp = jdbc.sql("SELECT DISTINCT case_id FROM audit_event WHERE position > ?")
                                    .param(snapshot).query(String.class).list();
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
        run.compared = jdbc.sql("SELECT count(*) FROM case_state l JOIN case_state_rebuild r USING (case_id)")
                           .query(Long.class).single();
        run.differences = jdbc.sql("""
                SELECT count(*) FROM case_state l JOIN case_state_rebuild r USING (case_id)
                WHERE l.state IS DISTINCT FROM r.state""").query(Long.class).single();
        jdbc.sql("ALTER TABLE case_state RENAME TO case_state_replaced").update();
        jdbc.sql("ALTER TABLE case_state_rebuild RENAME TO case_state").update();
        jdbc.sql("DROP TABLE case_state_replaced").update();
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

    private static final class Run {
        final String id;
        final Instant startedAt;
        final AtomicLong done = new AtomicLong();
        volatile long total = -1;
        volatile String status = "RUNNING";
        volatile Instant finishedAt;
        volatile long compared;
        volatile long differences;
        volatile String failure;

        Run(String id, Instant startedAt) {
            this.id = id;
            this.startedAt = startedAt;
        }

        RebuildProgress progress(Instant now) {
            long eventsDone = done.get();
            double seconds = Math.max(0.001, Duration.between(startedAt, finishedAt == null ? now : finishedAt)
                                                    .toMillis() / 1000.0);
            double rate = eventsDone / seconds;
            Long left = total < 0 || rate == 0 ? null : Math.round((total - eventsDone) / rate);
            return new RebuildProgress(id, "case-state", status, startedAt, finishedAt, eventsDone, total,
                                       Math.round(rate * 10) / 10.0, left, compared, differences, failure);
        }
    }
}
