package uk.police.hcir.systemtests.benchmark;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * One row of reporting-service's audit store, with its link in the case's hash chain computed as reporting-service
 * computes it (its {@code ChainHashing}: each field as a four-byte length and its UTF-8 bytes, SHA-256 chained from
 * 32 zero bytes), so that loaded rows verify like filed ones.
 */
record AuditRow(String eventId, String caseId, String sourceService, String eventType, String revision,
                Instant occurredAt, String actorId, String actorRole, String correlationId, String causationId,
                String reason, String storedPayload) {

    static final String GENESIS = "0".repeat(64);
    private static final HexFormat HEX = HexFormat.of();

    String entryHash() {
        return HEX.formatHex(digest().digest(entryBytes()));
    }

    String link(String previousChainHash) {
        MessageDigest digest = digest();
        digest.update(HEX.parseHex(previousChainHash));
        digest.update(entryBytes());
        return HEX.formatHex(digest.digest());
    }

    private byte[] entryBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + storedPayload.length());
        for (String field : Arrays.asList(eventId, caseId, sourceService, eventType, revision,
                                          occurredAt == null ? null : occurredAt.toString(), actorId, actorRole,
                                          correlationId, causationId, reason, storedPayload)) {
            if (field == null) {
                out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
            } else {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
                out.writeBytes(bytes);
            }
        }
        return out.toByteArray();
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
