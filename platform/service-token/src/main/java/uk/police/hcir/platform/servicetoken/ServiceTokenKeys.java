package uk.police.hcir.platform.servicetoken;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keys service tokens are signed and verified with: elliptic-curve P-256 (ES256), written as PEM, so that they
 * pass through environment variables and secret stores as text. The portal holds the private key; each service holds
 * only public keys, one or more, so that a new key can be brought in before the old one is retired.
 */
public final class ServiceTokenKeys {

    private static final Pattern PEM_BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

    private ServiceTokenKeys() {
    }

    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM cannot make P-256 keys", e);
        }
    }

    public static String privateKeyPem(KeyPair keys) {
        return pem("PRIVATE KEY", keys.getPrivate().getEncoded());
    }

    public static String publicKeyPem(KeyPair keys) {
        return pem("PUBLIC KEY", keys.getPublic().getEncoded());
    }

    /** A PKCS#8 {@code PRIVATE KEY} block, as {@code openssl genpkey -algorithm EC} writes it. */
    public static ECPrivateKey privateKeyFrom(String pem) {
        List<byte[]> blocks = blocks(pem, "PRIVATE KEY");
        if (blocks.size() != 1) {
            throw new IllegalArgumentException("A service token signing key is one PEM 'PRIVATE KEY' block");
        }
        try {
            return (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(blocks.get(0)));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("The service token signing key is not a P-256 private key", e);
        }
    }

    /** Every {@code PUBLIC KEY} block in the text, in order; blocks of other kinds are passed over. */
    public static List<ECPublicKey> publicKeysFrom(String pem) {
        List<ECPublicKey> keys = new ArrayList<>();
        for (byte[] block : blocks(pem, "PUBLIC KEY")) {
            try {
                keys.add((ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(block)));
            } catch (GeneralSecurityException | ClassCastException e) {
                throw new IllegalArgumentException("A service token verification key is not a P-256 public key", e);
            }
        }
        return keys;
    }

    private static List<byte[]> blocks(String pem, String type) {
        List<byte[]> blocks = new ArrayList<>();
        if (pem == null) {
            return blocks;
        }
        Matcher matcher = PEM_BLOCK.matcher(pem.replace("\\n", "\n"));
        while (matcher.find()) {
            if (matcher.group(1).equals(type)) {
                blocks.add(Base64.getMimeDecoder().decode(matcher.group(2)));
            }
        }
        return blocks;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
