package uk.police.hcir.reporting.integrity;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 hash chains over stored events, and Merkle roots over chain heads.
 *
 * <p>An entry's bytes are its fields in a fixed order, each as a four-byte big-endian length (-1 for none) followed
 * by its UTF-8 bytes. A link is {@code chain(n) = SHA-256(chain(n-1) || entry(n))}, with 32 zero bytes before the
 * first. A Merkle leaf is {@code SHA-256(0x00 || caseId || lastSeq || headHash)}, an inner node
 * {@code SHA-256(0x01 || left || right)}, an odd node is carried up unchanged, and the root of no leaves is the
 * hash of nothing.
 */
public final class ChainHashing {

    public static final String GENESIS = "0".repeat(64);
    private static final HexFormat HEX = HexFormat.of();

    private ChainHashing() {
    }

    public static byte[] entryBytes(ChainedEvent event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + length(event.storedPayload()));
        for (String field : Arrays.asList(event.eventId(), event.caseId(), event.sourceService(),
                                          event.eventType(), event.revision(),
                                          event.occurredAt() == null ? null : event.occurredAt().toString(),
                                          event.actorId(), event.actorRole(), event.correlationId(),
                                          event.causationId(), event.reason(), event.storedPayload())) {
            write(out, field);
        }
        return out.toByteArray();
    }

    public static String entryHash(ChainedEvent event) {
        return HEX.formatHex(sha256(entryBytes(event)));
    }

    public static String link(String previousChainHash, ChainedEvent event) {
        MessageDigest digest = digest();
        digest.update(HEX.parseHex(previousChainHash));
        digest.update(entryBytes(event));
        return HEX.formatHex(digest.digest());
    }

    public static String merkleLeaf(String caseId, int lastSeq, String headHash) {
        MessageDigest digest = digest();
        digest.update((byte) 0);
        byte[] id = caseId.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(4).putInt(id.length).array());
        digest.update(id);
        digest.update(ByteBuffer.allocate(4).putInt(lastSeq).array());
        digest.update(HEX.parseHex(headHash));
        return HEX.formatHex(digest.digest());
    }

    /** The Merkle root of leaves already in their agreed order (cases sorted by id). */
    public static String merkleRoot(List<String> leaves) {
        if (leaves.isEmpty()) {
            return HEX.formatHex(sha256(new byte[0]));
        }
        List<byte[]> level = leaves.stream().map(HEX::parseHex).toList();
        while (level.size() > 1) {
            java.util.ArrayList<byte[]> next = new java.util.ArrayList<>((level.size() + 1) / 2);
            for (int i = 0; i < level.size(); i += 2) {
                if (i + 1 == level.size()) {
                    next.add(level.get(i));
                } else {
                    MessageDigest digest = digest();
                    digest.update((byte) 1);
                    digest.update(level.get(i));
                    digest.update(level.get(i + 1));
                    next.add(digest.digest());
                }
            }
            level = next;
        }
        return HEX.formatHex(level.get(0));
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }

    private static void write(ByteArrayOutputStream out, String field) {
        if (field == null) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }

    private static byte[] sha256(byte[] bytes) {
        return digest().digest(bytes);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
