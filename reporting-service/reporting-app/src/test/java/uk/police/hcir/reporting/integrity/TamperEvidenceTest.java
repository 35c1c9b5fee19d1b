package uk.police.hcir.reporting.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.hcir.platform.testsupport.TestInfrastructure;
import uk.police.hcir.platform.testsupport.identity.TestServiceTokens;
import uk.police.hcir.reporting.support.CaseHistories;
import uk.police.hcir.reporting.support.EventTopics;
import uk.police.hcir.reporting.support.ReportingIntegrationTest;

@ReportingIntegrationTest
class TamperEvidenceTest {

    private static EventTopics topics;

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

    @BeforeAll
    static void connect() {
        topics = new EventTopics(TestInfrastructure.get().kafkaBootstrapServers());
    }

    @AfterAll
    static void disconnect() {
        topics.close();
    }

    @Test
    void alteringOneByteOfOneStoredEventIsFoundByVerifyAndAgainstTheCheckpoint() {
        String altered = UUID.randomUUID().toString();
        String untouched = UUID.randomUUID().toString();
        Instant t0 = Instant.parse("2026-05-04T09:15:00Z");
        for (String caseId : List.of(altered, untouched)) {
            topics.publish(caseId, CaseHistories.opened(caseId, t0, "CONTROL_ROOM"), t0);
            topics.publish(caseId, CaseHistories.motivation(caseId, List.of("RACE")), t0.plusSeconds(60));
            topics.publish(caseId, CaseHistories.flags(caseId, List.of("RACE")), t0.plusSeconds(120));
            topics.publish(caseId, CaseHistories.crime(caseId, "PUBLIC_ORDER"), t0.plusSeconds(180));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(eventsChecked(altered)).isEqualTo(4);
            assertThat(eventsChecked(untouched)).isEqualTo(4);
        });
        assertThat(verify(altered).getBody().intact()).isTrue();
        AuditTrailExport export = http.getForObject("/api/cases/{caseId}/audit-trail/export", AuditTrailExport.class,
                                                    altered);
        assertThat(export.verification().intact()).isTrue();
        assertThat(export.events()).hasSize(4);
        String recomputed = ChainHashing.GENESIS;
        for (AuditTrailExport.Link link : export.events()) {
            recomputed = ChainHashing.link(recomputed, new ChainedEvent(
                    link.eventId(), altered, link.sourceService(), link.eventType(), link.revision(),
                    link.occurredAt(), link.actorId(), link.actorRole(), link.correlationId(), link.causationId(),
                    link.reason(), link.storedPayload()));
            assertThat(link.chainHash()).isEqualTo(recomputed);
        }
        ResponseEntity<Checkpoint> taken = http.postForEntity("/api/integrity/checkpoints", null, Checkpoint.class);
        assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Checkpoint exported = taken.getBody();
        assertThat(exported.cases()).extracting(Checkpoint.ChainHeadAt::caseId).contains(altered, untouched);
        assertThat(http.postForEntity("/api/integrity/checkpoints/verify", exported, CheckpointVerification.class)
                       .getBody().intact()).isTrue();

        // One byte of the second stored event: "REPORT" becomes "XEPORT", directly in PostgreSQL.
        int changed = jdbc.sql("""
                UPDATE audit_event
                SET stored_payload = overlay(stored_payload PLACING 'X' FROM strpos(stored_payload, 'REPORT') FOR 1)
                WHERE case_id = ? AND chain_seq = 2""").param(altered).update();
        assertThat(changed).isEqualTo(1);
        String eventId = jdbc.sql("SELECT event_id FROM audit_event WHERE case_id = ? AND chain_seq = 2")
                             .param(altered).query(String.class).single();

        CaseVerification verification = verify(altered).getBody();
        assertThat(verification.intact()).isFalse();
        assertThat(verification.eventsChecked()).isEqualTo(1);
        assertThat(verification.firstBrokenLink().seq()).isEqualTo(2);
        assertThat(verification.firstBrokenLink().eventId()).isEqualTo(eventId);
        assertThat(verification.firstBrokenLink().problem()).isEqualTo("ENTRY_ALTERED");
        assertThat(verify(untouched).getBody().intact()).isTrue();

        CheckpointVerification against = http.postForEntity("/api/integrity/checkpoints/verify", exported,
                                                            CheckpointVerification.class).getBody();
        assertThat(against.intact()).isFalse();
        assertThat(against.merkleRootMatches()).isTrue();
        assertThat(against.brokenCases()).extracting(CaseVerification::caseId).contains(altered)
                                         .doesNotContain(untouched);
    }

    @Test
    void rewritingAStoredChainHashToHideAnEditIsFoundAgainstAnExportedCheckpoint() {
        String caseId = UUID.randomUUID().toString();
        Instant t0 = Instant.parse("2026-06-01T10:00:00Z");
        topics.publish(caseId, CaseHistories.opened(caseId, t0, "ONLINE"), t0);
        topics.publish(caseId, CaseHistories.motivation(caseId, List.of("DISABILITY")), t0.plusSeconds(30));
        await().atMost(Duration.ofSeconds(60))
               .untilAsserted(() -> assertThat(eventsChecked(caseId)).isEqualTo(2));
        Checkpoint exported = http.postForEntity("/api/integrity/checkpoints", null, Checkpoint.class).getBody();

        // Someone with database access edits the event and recomputes every hash after it, so the chain holds.
        jdbc.sql("UPDATE audit_event SET stored_payload = replace(stored_payload, 'DISABILITY', 'RELIGION'), "
                 + "payload = CAST(replace(stored_payload, 'DISABILITY', 'RELIGION') AS jsonb) "
                 + "WHERE case_id = ? AND chain_seq = 2").param(caseId).update();
        rechain(caseId);
        assertThat(verify(caseId).getBody().intact()).isTrue();

        CheckpointVerification against = http.postForEntity("/api/integrity/checkpoints/verify", exported,
                                                            CheckpointVerification.class).getBody();
        assertThat(against.intact()).isFalse();
        assertThat(against.brokenCases()).filteredOn(broken -> broken.caseId().equals(caseId))
                                         .singleElement().satisfies(broken -> {
            assertThat(broken.firstBrokenLink().problem()).isEqualTo("CHECKPOINT_MISMATCH");
        });
    }

    @Test
    void verifyingAnUnknownCaseIsAProblemNotFound() {
        ResponseEntity<String> response = http.getForEntity("/api/cases/no-such-case/integrity", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
    }

    private ResponseEntity<CaseVerification> verify(String caseId) {
        return http.getForEntity("/api/cases/{caseId}/integrity", CaseVerification.class, caseId);
    }

    /** How many links of a case's chain hold; none while reporting has not yet received any of its events. */
    private int eventsChecked(String caseId) {
        ResponseEntity<java.util.Map> response = http.getForEntity("/api/cases/{caseId}/integrity",
                                                                   java.util.Map.class, caseId);
        return response.getStatusCode().is2xxSuccessful() ? (Integer) response.getBody().get("eventsChecked") : 0;
    }

    private void rechain(String caseId) {
        var rows = jdbc.sql("""
                SELECT event_id, case_id, source_service, event_type, revision, occurred_at, actor_id, actor_role,
                       correlation_id, causation_id, reason, stored_payload, chain_seq
                FROM audit_event WHERE case_id = ? ORDER BY chain_seq""").param(caseId)
                       .query((rs, row) -> new ChainedEvent(
                               rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                               rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8), rs.getString(9),
                               rs.getString(10), rs.getString(11), rs.getString(12))).list();
        String previous = ChainHashing.GENESIS;
        int seq = 0;
        for (ChainedEvent event : rows) {
            previous = ChainHashing.link(previous, event);
            seq++;
            jdbc.sql("UPDATE audit_event SET entry_hash = ?, chain_hash = ? WHERE event_id = ?")
                .param(ChainHashing.entryHash(event)).param(previous).param(event.eventId()).update();
        }
        jdbc.sql("UPDATE audit_chain_head SET last_seq = ?, chain_hash = ? WHERE case_id = ?")
            .param(seq).param(previous).param(caseId).update();
    }
}
