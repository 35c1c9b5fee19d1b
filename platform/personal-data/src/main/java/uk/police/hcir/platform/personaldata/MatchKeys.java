package uk.police.hcir.platform.personaldata;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes that let reports about the same person or place be recognised without revealing either: equal
 * inputs give equal keys, and nobody without the secret can compute or reverse them. Each purpose has a secret of
 * its own, derived from the key-encryption key.
 */
public final class MatchKeys {

    private final SecretKey secret;

    MatchKeys(SecretKey keyEncryptionKey) {
        this.secret = new SecretKeySpec(hmac(keyEncryptionKey, "hcir-match-keys"), "HmacSHA256");
    }

    /** The match key of a normalised value for one purpose, such as "victim-identity" or "location". */
    public String of(String purpose, String normalisedValue) {
        SecretKey purposeKey = new SecretKeySpec(hmac(secret, purpose), "HmacSHA256");
        return HexFormat.of().formatHex(hmac(purposeKey, normalisedValue));
    }

    /** Lower case, letters and digits only, single spaces: "12 Oak Rd., NR1 1AA" and "12 oak rd nr1 1aa" match. */
    public static String normalise(String value) {
        return value.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    private static byte[] hmac(SecretKey key, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
