package uk.police.hcir.reporting.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import uk.police.hcir.platform.testsupport.TestInfrastructure;
import uk.police.hcir.platform.testsupport.identity.TestServiceTokens;
import uk.police.hcir.reporting.integrity.ChainHashing;
import uk.police.hcir.reporting.integrity.ChainedEvent;
import uk.police.hcir.reporting.support.CaseHistories;
import uk.police.hcir.reporting.support.EventTopics;
import uk.police.hcir.reporting.support.ReportingIntegrationTest;

/**
 * In a database of its own: other tests alter stored events on purpose to show tampering is found, and a rebuild
 * rightly refuses to replace a trail with altered events.
 */
@ReportingIntegrationTest
@TestPropertySource(properties = "hcir.test.database=audit-trail-rebuild")
class AuditTrailRebuildTest {

    private static final int SYNTHETIC_CASES = 2_000;
    private static final List<String> TYPES = List.of(
            "uk.police.hcir.case.case-opened", "uk.police.hcir.case.motivation-recorded",
            "uk.police.hcir.case.hate-flags-applied", "uk.police.hcir.case.recording-decision-made",
            "uk.police.hcir.case.risk-assessed");

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
    JdbcTemplate template;

    @Test
    void aRebuildOfTheAuditTrailGivesTheLiveTrailAndChainsAndSwapsThemIn() {
        Instant t0 = Instant.parse("2026-02-09T09:00:00Z");
        String liveCase = UUID.randomUUID().toString();
        try (EventTopics topics = new EventTopics(TestInfrastructure.get().kafkaBootstrapServers())) {
            topics.publish(liveCase, CaseHistories.opened(liveCase, t0, "ONLINE"), t0);
            topics.publish(liveCase, CaseHistories.flags(liveCase, List.of("RACE")), t0.plusSeconds(60));
            topics.publish(liveCase, CaseHistories.crime(liveCase, "PUBLIC_ORDER"), t0.plusSeconds(120));
        }
        Map<?, ?> trailBefore = await().atMost(Duration.ofMinutes(2)).until(
                () -> http.getForObject("/api/cases/{id}/audit-trail", Map.class, liveCase),
                trail -> ((List<?>) trail.get("entries")).size() == 3);
        Map<?, ?> verifiedBefore = http.getForObject("/api/cases/{id}/integrity", Map.class, liveCase);
        String prefix = "at-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        fileSyntheticHistory(prefix);
        String synthetic = prefix + 17;
        Map<?, ?> syntheticBefore = http.getForObject("/api/cases/{id}/audit-trail/export", Map.class, synthetic);

        RebuildProgress done = rebuild();

        assertThat(done.status()).as(done.failure()).isEqualTo("SWAPPED");
        assertThat(done.eventsDone()).isEqualTo(done.eventsTotal())
                                     .isGreaterThanOrEqualTo(SYNTHETIC_CASES * (long) TYPES.size() + 3);
        assertThat(done.casesCompared()).isGreaterThanOrEqualTo(done.eventsTotal());
        assertThat(done.differencesFromLive()).isZero();
        System.out.printf("Rebuilt the audit trail: %d events in %s, %.1f events/s%n", done.eventsDone(),
                          Duration.between(done.startedAt(), done.finishedAt()), done.eventsPerSecond());
        assertThat(http.getForObject("/api/cases/{id}/audit-trail", Map.class, liveCase)).isEqualTo(trailBefore);
        assertThat(http.getForObject("/api/cases/{id}/integrity", Map.class, liveCase)).isEqualTo(verifiedBefore);
        Map<?, ?> syntheticAfter = http.getForObject("/api/cases/{id}/audit-trail/export", Map.class, synthetic);
        assertThat(syntheticAfter.get("events")).isEqualTo(syntheticBefore.get("events"));
        assertThat(syntheticAfter.get("verification")).isEqualTo(syntheticBefore.get("verification"));

        try (EventTopics topics = new EventTopics(TestInfrastructure.get().kafkaBootstrapServers())) {
            topics.publish(liveCase, CaseHistories.closed(liveCase), t0.plusSeconds(180));
        }
        await().atMost(Duration.ofMinutes(2)).until(
                () -> ((List<?>) http.getForObject("/api/cases/{id}/audit-trail", Map.class, liveCase)
                                     .get("entries")).size() == 4);
        assertThat(http.getForObject("/api/cases/{id}/integrity", Map.class, liveCase).get("intact"))
                .as("the swapped-in trail goes on chaining events as they arrive").isEqualTo(true);
    }

    @Test
    void aTrailWhoseStoredEventsNoLongerMatchTheirHashesIsKeptAsEvidenceNotRebuilt() {
        String prefix = "tm-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        fileSyntheticHistory(prefix);
        String altered = prefix + 3;
        String original = jdbc.sql("SELECT stored_payload FROM audit_event WHERE case_id = ? AND chain_seq = 2")
                              .param(altered).query(String.class).single();
        jdbc.sql("UPDATE audit_event SET stored_payload = replace(stored_payload, 'VICTIM', 'WITNESS') "
                         + "WHERE case_id = ? AND chain_seq = 2").param(altered).update();
        try {
            RebuildProgress done = rebuild();

            assertThat(done.status()).isEqualTo("KEPT_LIVE");
            assertThat(done.differencesFromLive()).isPositive();
            assertThat(done.failure()).contains(altered + " link 2");
            assertThat(jdbc.sql("SELECT stored_payload FROM audit_event WHERE case_id = ? AND chain_seq = 2")
                           .param(altered).query(String.class).single()).contains("WITNESS");
        } finally {
            jdbc.sql("UPDATE audit_event SET stored_payload = ? WHERE case_id = ? AND chain_seq = 2")
                .param(original).param(altered).update();
        }
    }

    @Test
    void everyRebuildableProjectionIsListedAndAnUnknownOneIsAProblem() {
        Map<?, ?> rebuilds = http.getForObject("/api/rebuilds", Map.class);
        assertThat((List<String>) rebuilds.get("projections")).containsExactly("audit-trail", "case-state");

        ResponseEntity<Map> unknown = http.postForEntity("/api/rebuilds/no-such-projection", null, Map.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody().get("type")).isEqualTo("https://hcir.police.uk/problems/projection-not-found");
    }

    private RebuildProgress rebuild() {
        ResponseEntity<RebuildProgress> started = http.postForEntity("/api/rebuilds/audit-trail", null,
                                                                     RebuildProgress.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(started.getBody().projection()).isEqualTo("audit-trail");
        String id = started.getBody().rebuildId();
        return await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                      .until(() -> http.getForObject("/api/rebuilds/{id}", RebuildProgress.class, id),
                             p -> !"RUNNING".equals(p.status()));
    }

    /** Files chained histories as the audit trail projection files them, straight into its tables. */
    private void fileSyntheticHistory(String prefix) {
        Instant start = Instant.parse("2025-06-01T10:00:00Z");
        List<Object[]> events = new ArrayList<>();
        List<Object[]> heads = new ArrayList<>();
        for (int n = 1; n <= SYNTHETIC_CASES; n++) {
            String caseId = prefix + n;
            String hash = ChainHashing.GENESIS;
            for (int k = 0; k < TYPES.size(); k++) {
                String payload = "{\"caseId\":\"" + caseId + "\",\"perceivedBy\":[\"VICTIM\"],\"n\":" + k + "}";
                ChainedEvent event = new ChainedEvent(UUID.randomUUID().toString(), caseId, "/hcir/case-service",
                                                      TYPES.get(k), "1", start.plusSeconds(n * 60L + k * 3600L),
                                                      "officer-" + (n % 7), "OFFICER", UUID.randomUUID().toString(),
                                                      null, k == 2 ? "Flags corrected" : null, payload);
                hash = ChainHashing.link(hash, event);
                events.add(new Object[] {event.eventId(), caseId, event.sourceService(), event.eventType(),
                                         event.revision(), Timestamp.from(event.occurredAt()), event.actorId(),
                                         event.actorRole(), event.correlationId(), event.reason(), payload, payload,
                                         k + 1, ChainHashing.entryHash(event), hash});
            }
            heads.add(new Object[] {caseId, TYPES.size(), hash});
        }
        template.batchUpdate("""
                INSERT INTO audit_event (event_id, case_id, source_service, event_type, revision, occurred_at,
                                         actor_id, actor_role, correlation_id, reason, payload, stored_payload,
                                         chain_seq, entry_hash, chain_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?)""", events);
        template.batchUpdate("INSERT INTO audit_chain_head (case_id, last_seq, chain_hash) VALUES (?, ?, ?)", heads);
    }
}
