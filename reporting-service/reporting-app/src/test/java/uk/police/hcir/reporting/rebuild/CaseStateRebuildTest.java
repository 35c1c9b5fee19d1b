package uk.police.hcir.reporting.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.hcir.platform.eventcontract.EventContractAutoConfiguration;
import uk.police.hcir.platform.testsupport.TestInfrastructure;
import uk.police.hcir.platform.testsupport.identity.TestServiceTokens;
import uk.police.hcir.reporting.pointintime.CaseState;
import uk.police.hcir.reporting.support.CaseHistories;
import uk.police.hcir.reporting.support.EventTopics;
import uk.police.hcir.reporting.support.ReportingIntegrationTest;

@ReportingIntegrationTest
class CaseStateRebuildTest {

    private static final int SYNTHETIC_CASES = 5_000;

    @Autowired
    TestRestTemplate anyone;

    /** The service called as an auditor. */
    TestRestTemplate http;

    @BeforeEach
    void actAsAuditor() {
        http = TestServiceTokens.actingAs(anyone, "auditor-1", "AUDITOR");
    }
    @Autowired
    JdbcClient jdbc;
    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void aRebuildBesideTheLiveProjectionShowsProgressAndSwapsInIdenticalState() throws Exception {
        Instant t0 = Instant.parse("2026-02-02T09:00:00Z");
        List<String> live = new ArrayList<>();
        try (EventTopics topics = new EventTopics(TestInfrastructure.get().kafkaBootstrapServers())) {
            for (int i = 0; i < 3; i++) {
                String caseId = UUID.randomUUID().toString();
                live.add(caseId);
                topics.publish(caseId, CaseHistories.opened(caseId, t0, "CONTROL_ROOM"), t0);
                topics.publish(caseId, CaseHistories.flags(caseId, List.of("RACE")), t0.plusSeconds(60));
                topics.publish(caseId, CaseHistories.risk(caseId, "HIGH", t0.plus(Duration.ofDays(3))),
                               t0.plusSeconds(120));
            }
        }
        Map<String, CaseState> liveStates = new LinkedHashMap<>();
        for (String caseId : live) {
            liveStates.put(caseId, await().atMost(Duration.ofMinutes(2))
                                          .until(() -> state(caseId), s -> s != null && s.eventsApplied() == 3));
        }

        String prefix = "rb-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        jdbc.sql("""
                 INSERT INTO audit_event (event_id, case_id, source_service, event_type, revision, occurred_at,
                                          payload, stored_payload)
                 SELECT gen_random_uuid()::text, :prefix || n, '/hcir/case-service', e.type, '1',
                        timestamptz '2025-06-01 10:00:00+00' + (n || ' minutes')::interval + (e.k || ' hours')::interval,
                        e.payload, e.payload::text
                 FROM generate_series(1, :cases) AS n,
                      LATERAL (VALUES
                        (0, 'uk.police.hcir.case.case-opened',
                         jsonb_build_object('caseId', :prefix || n, 'channel', 'ONLINE',
                                            'reportedAt', '2025-06-01T09:00:00Z')),
                        (1, 'uk.police.hcir.case.hate-flags-applied',
                         jsonb_build_object('caseId', :prefix || n, 'strands',
                                            jsonb_build_array(CASE WHEN n % 5 = 0 THEN 'RELIGION' ELSE 'RACE' END),
                                            'online', false)),
                        (2, 'uk.police.hcir.case.recording-decision-made',
                         jsonb_build_object('caseId', :prefix || n, 'decision', 'CRIME',
                                            'offenceGroup', 'PUBLIC_ORDER', 'reason', 'Offence disclosed')),
                        (3, 'uk.police.hcir.case.risk-assessed',
                         jsonb_build_object('caseId', :prefix || n, 'level',
                                            CASE WHEN n % 7 = 0 THEN 'HIGH' ELSE 'STANDARD' END, 'score', n % 20))
                      ) AS e(k, type, payload)""")
            .param("prefix", prefix).param("cases", SYNTHETIC_CASES).update();

        ResponseEntity<RebuildProgress> started = http.postForEntity("/api/rebuilds/case-state", null,
                                                                     RebuildProgress.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String id = started.getBody().rebuildId();
        List<RebuildProgress> seen = new ArrayList<>();
        RebuildProgress done = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                                      .until(() -> {
                                          RebuildProgress p = http.getForObject("/api/rebuilds/{id}",
                                                                                RebuildProgress.class, id);
                                          seen.add(p);
                                          return p;
                                      }, p -> !"RUNNING".equals(p.status()));
        assertThat(done.status()).as(done.failure()).isEqualTo("SWAPPED");
        assertThat(done.eventsTotal()).isGreaterThanOrEqualTo(SYNTHETIC_CASES * 4L + 9);
        assertThat(done.eventsDone()).isEqualTo(done.eventsTotal());
        assertThat(done.eventsPerSecond()).isPositive();
        assertThat(done.casesCompared()).isGreaterThanOrEqualTo(live.size());
        assertThat(seen).allSatisfy(p -> assertThat(p.eventsDone()).isLessThanOrEqualTo(
                Math.max(p.eventsTotal(), 0) + (p.eventsTotal() < 0 ? p.eventsDone() : 0)));
        System.out.printf("Rebuilt case state: %d events in %s, %.1f events/s, %d progress readings, "
                          + "%d cases compared with live, %d differing%n", done.eventsDone(),
                          Duration.between(done.startedAt(), done.finishedAt()), done.eventsPerSecond(),
                          seen.size(), done.casesCompared(), done.differencesFromLive());

        for (var entry : liveStates.entrySet()) {
            assertThat(state(entry.getKey())).isEqualTo(entry.getValue());
        }
        String synthetic = prefix + 35;
        CaseState rebuilt = state(synthetic);
        assertThat(rebuilt.riskLevel()).isEqualTo("HIGH");
        assertThat(rebuilt.flaggedStrands()).containsExactly("RELIGION");
        assertThat(rebuilt.eventsApplied()).isEqualTo(4);
        assertThat(http.getForObject("/api/cases/{caseId}/state?at={at}", String.class, synthetic,
                                     Instant.now().toString()))
                .isEqualTo(EventContractAutoConfiguration.eventObjectMapper().writeValueAsString(rebuilt));
    }

    @Test
    void whatAKilledRebuildLeftIsDiscardedAndDoesNotBlockTheNext() throws Exception {
        String killed = "killed-" + UUID.randomUUID();
        jdbc.sql("INSERT INTO projection_rebuild (rebuild_id, projection, status, started_at) "
                         + "VALUES (?, 'case-state', 'RUNNING', now() - interval '5 minutes')").param(killed).update();
        jdbc.sql("DROP TABLE IF EXISTS case_state_rebuild").update();
        jdbc.sql("CREATE TABLE case_state_rebuild (LIKE case_state INCLUDING ALL)").update();
        jdbc.sql("INSERT INTO case_state_rebuild (case_id, state, last_event_at) "
                         + "VALUES ('half-written', '{}'::jsonb, now())").update();

        ResponseEntity<RebuildProgress> started = http.postForEntity("/api/rebuilds/case-state", null,
                                                                     RebuildProgress.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        RebuildProgress done = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                                      .until(() -> http.getForObject("/api/rebuilds/{id}", RebuildProgress.class,
                                                                     started.getBody().rebuildId()),
                                             p -> !"RUNNING".equals(p.status()));

        assertThat(done.status()).as(done.failure()).isEqualTo("SWAPPED");
        assertThat(http.getForObject("/api/rebuilds/{id}", RebuildProgress.class, killed).status())
                .isEqualTo("INTERRUPTED");
        assertThat(jdbc.sql("SELECT count(*) FROM case_state WHERE case_id = 'half-written'").query(Long.class)
                       .single()).isZero();
    }

    @Test
    void aSecondRebuildIsRefusedWhileOneHoldsTheLock() throws Exception {
        try (var connection = dataSource.getConnection();
             var lock = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
            lock.setLong(1, CaseStateRebuild.LOCK_KEY);
            lock.execute();
            ResponseEntity<String> refused = http.postForEntity("/api/rebuilds/case-state", null, String.class);
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(refused.getBody()).contains("rebuild-in-progress");
            try (var unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                unlock.setLong(1, CaseStateRebuild.LOCK_KEY);
                unlock.execute();
            }
        }
    }

    private CaseState state(String caseId) throws Exception {
        ResponseEntity<String> response = http.getForEntity("/api/cases/{caseId}/state", String.class, caseId);
        return response.getStatusCode().is2xxSuccessful()
                ? EventContractAutoConfiguration.eventObjectMapper().readValue(response.getBody(), CaseState.class)
                : null;
    }
}
