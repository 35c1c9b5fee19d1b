package uk.police.hcir.reporting.integrity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recomputes cases' hash chains from the stored bytes, and takes and checks Merkle checkpoints over them. */
@Service
public class HashChainVerifier {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public HashChainVerifier(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Checks a case's whole chain; an unknown case has an empty, intact chain. */
    @Transactional(readOnly = true)
    public CaseVerification verify(String caseId) {
        return verifyUpTo(caseId, Integer.MAX_VALUE, null);
    }

    @Transactional(readOnly = true)
    public boolean caseKnown(String caseId) {
        return jdbc.sql("SELECT count(*) FROM audit_chain_head WHERE case_id = ?").param(caseId)
                   .query(Long.class).single() > 0;
    }

    private CaseVerification verifyUpTo(String caseId, int lastSeq, String expectedHead) {
        List<StoredLink> links = jdbc.sql("""
                SELECT event_id, case_id, source_service, event_type, revision, occurred_at, actor_id, actor_role,
                       correlation_id, causation_id, reason, stored_payload, payload::text AS payload_copy,
                       chain_seq, entry_hash, chain_hash
                FROM audit_event WHERE case_id = ? AND chain_seq <= ? ORDER BY chain_seq""")
                                     .param(caseId).param(lastSeq)
                                     .query(HashChainVerifier::link).list();
        String previous = ChainHashing.GENESIS;
        int expectedSeq = 1;
        for (StoredLink link : links) {
            if (link.seq() != expectedSeq) {
                return broken(caseId, expectedSeq - 1, new CaseVerification.BrokenLink(
                        expectedSeq, null, "LINK_MISSING", null, null));
            }
            String recomputed = ChainHashing.link(previous, link.event());
            if (!recomputed.equals(link.chainHash())) {
                String problem = ChainHashing.entryHash(link.event()).equals(link.entryHash())
                        ? "LINK_ALTERED" : "ENTRY_ALTERED";
                return broken(caseId, expectedSeq - 1, new CaseVerification.BrokenLink(
                        link.seq(), link.event().eventId(), problem, recomputed, link.chainHash()));
            }
            if (!sameJson(link.event().storedPayload(), link.payloadCopy())) {
                return broken(caseId, expectedSeq - 1, new CaseVerification.BrokenLink(
                        link.seq(), link.event().eventId(), "PAYLOAD_COPY_DIFFERS", recomputed, link.chainHash()));
            }
            previous = recomputed;
            expectedSeq++;
        }
        int checked = links.size();
        if (expectedHead != null) {
            if (checked != lastSeq || !expectedHead.equals(previous)) {
                return broken(caseId, checked, new CaseVerification.BrokenLink(
                        Math.min(checked + 1, lastSeq), null, "CHECKPOINT_MISMATCH", previous, expectedHead));
            }
        } else {
            var head = jdbc.sql("SELECT last_seq, chain_hash FROM audit_chain_head WHERE case_id = ?").param(caseId)
                           .query((rs, row) -> new Object[] {rs.getInt(1), rs.getString(2)}).optional();
            if (head.isPresent() && ((int) head.get()[0] != checked || !previous.equals(head.get()[1]))) {
                return broken(caseId, checked, new CaseVerification.BrokenLink(
                        checked + 1, null, "HEAD_MISMATCH", previous, (String) head.get()[1]));
            }
        }
        return new CaseVerification(caseId, true, checked, previous, null);
    }

    private boolean sameJson(String stored, String copy) {
        try {
            return Objects.equals(json.readTree(stored), json.readTree(copy));
        } catch (JsonProcessingException | RuntimeException e) {
            return false;
        }
    }

    private static CaseVerification broken(String caseId, int checked, CaseVerification.BrokenLink link) {
        return new CaseVerification(caseId, false, checked, null, link);
    }

    /** A case's whole audit trail in chain order with its hashes, and the chain's verification now. */
    @Transactional(readOnly = true)
    public AuditTrailExport export(String caseId) {
        List<AuditTrailExport.Link> links = jdbc.sql("""
                SELECT chain_seq, event_id, event_type, revision, source_service, occurred_at, actor_id, actor_role,
                       correlation_id, causation_id, reason, stored_payload, entry_hash, chain_hash
                FROM audit_event WHERE case_id = ? ORDER BY chain_seq""").param(caseId)
                                                .query((rs, row) -> new AuditTrailExport.Link(
                                                        rs.getInt(1), rs.getString(2), rs.getString(3),
                                                        rs.getString(4), rs.getString(5),
                                                        rs.getTimestamp(6).toInstant(), rs.getString(7),
                                                        rs.getString(8), rs.getString(9), rs.getString(10),
                                                        rs.getString(11), rs.getString(12), rs.getString(13),
                                                        rs.getString(14)))
                                                .list();
        return new AuditTrailExport(caseId, clock.instant(), "SHA-256",
                                    "chainHash(n) = SHA-256(chainHash(n-1) || entry(n)), chainHash(0) = 32 zero bytes; "
                                    + "entry = eventId, caseId, sourceService, eventType, revision, occurredAt "
                                    + "(ISO-8601), actorId, actorRole, correlationId, causationId, reason, "
                                    + "storedPayload, each as a 4-byte big-endian UTF-8 length (-1 when absent) "
                                    + "and its bytes", verify(caseId), links);
    }

    /** Takes a checkpoint over every case's chain as it stands, and keeps it. */
    @Transactional
    public Checkpoint takeCheckpoint() {
        List<Checkpoint.ChainHeadAt> heads = jdbc.sql(
                "SELECT case_id, last_seq, chain_hash FROM audit_chain_head ORDER BY case_id COLLATE \"C\"")
                                                 .query((rs, row) -> new Checkpoint.ChainHeadAt(
                                                         rs.getString(1), rs.getInt(2), rs.getString(3)))
                                                 .list();
        long events = heads.stream().mapToLong(Checkpoint.ChainHeadAt::lastSeq).sum();
        Checkpoint checkpoint = new Checkpoint(UUID.randomUUID().toString(), clock.instant(), root(heads),
                                               heads.size(), events, heads);
        try {
            jdbc.sql("""
                     INSERT INTO integrity_checkpoint (checkpoint_id, taken_at, merkle_root, case_count, event_count,
                                                       document)
                     VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb))""")
                .param(checkpoint.checkpointId()).param(java.sql.Timestamp.from(checkpoint.takenAt()))
                .param(checkpoint.merkleRoot()).param(checkpoint.caseCount()).param(checkpoint.eventCount())
                .param(CheckpointJson.MAPPER.writeValueAsString(checkpoint))
                .update();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return checkpoint;
    }

    /** Checks today's stored history against a checkpoint, typically one kept outside the system. */
    @Transactional(readOnly = true)
    public CheckpointVerification verify(Checkpoint checkpoint) {
        List<Checkpoint.ChainHeadAt> ordered = new ArrayList<>(checkpoint.cases());
        ordered.sort((a, b) -> compareC(a.caseId(), b.caseId()));
        boolean rootMatches = root(ordered).equals(checkpoint.merkleRoot());
        List<CaseVerification> broken = new ArrayList<>();
        for (Checkpoint.ChainHeadAt head : ordered) {
            CaseVerification result = verifyUpTo(head.caseId(), head.lastSeq(), head.chainHash());
            if (!result.intact()) {
                broken.add(result);
            }
        }
        return new CheckpointVerification(checkpoint.checkpointId(), rootMatches, rootMatches && broken.isEmpty(),
                                          ordered.size(), broken);
    }

    public List<Checkpoint> checkpoints() {
        return jdbc.sql("SELECT document::text FROM integrity_checkpoint ORDER BY taken_at DESC")
                   .query((rs, row) -> CheckpointJson.read(rs.getString(1))).list();
    }

    private static String root(List<Checkpoint.ChainHeadAt> heads) {
        return ChainHashing.merkleRoot(heads.stream()
                                            .map(h -> ChainHashing.merkleLeaf(h.caseId(), h.lastSeq(), h.chainHash()))
                                            .toList());
    }

    /** Byte order of the UTF-8 ids, as PostgreSQL's "C" collation sorts them. */
    private static int compareC(String a, String b) {
        return java.util.Arrays.compareUnsigned(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                                                b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static StoredLink link(ResultSet rs, int row) throws SQLException {
        return new StoredLink(new ChainedEvent(
                rs.getString("event_id"), rs.getString("case_id"), rs.getString("source_service"),
                rs.getString("event_type"), rs.getString("revision"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor_id"), rs.getString("actor_role"), rs.getString("correlation_id"),
                rs.getString("causation_id"), rs.getString("reason"), rs.getString("stored_payload")),
                              rs.getString("payload_copy"), rs.getInt("chain_seq"), rs.getString("entry_hash"),
                              rs.getString("chain_hash"));
    }

    private record StoredLink(ChainedEvent event, String payloadCopy, int seq, String entryHash, String chainHash) {
    }
}
