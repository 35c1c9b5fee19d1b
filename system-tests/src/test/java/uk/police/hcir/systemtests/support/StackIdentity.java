package uk.police.hcir.systemtests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.police.hcir.deploy.local.ServiceTokenSigningKey;
import uk.police.hcir.platform.servicetoken.ServiceTokenKeys;
import uk.police.hcir.platform.servicetoken.ServiceTokenSigner;

/**
 * Who the system tests act as when they call a service directly: one portal key pair for the test JVM, given to
 * every stack the tests start, so that any test can sign a service token as that stack's portal would.
 */
public final class StackIdentity {

    private static final KeyPair PORTAL_KEYS = ServiceTokenKeys.generate();
    private static final ServiceTokenSigner SIGNER = ServiceTokenSigner.fromPem(
            ServiceTokenKeys.privateKeyPem(PORTAL_KEYS), Clock.systemUTC());

    private StackIdentity() {
    }

    /** Gives a stack about to start in this directory the tests' portal keys. */
    public static void giveTo(Path stackDataDirectory) {
        try {
            ServiceTokenSigningKey.keep(PORTAL_KEYS, stackDataDirectory, ServiceTokenSigningKey.FILE_NAME);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header proving the user acts in the role: sign a fresh one for each call, as tokens live minutes. */
    public static Map<String, String> actingAs(String userId, String role) {
        return Map.of("Authorization", bearer(userId, role));
    }

    /** The proof that the user acts in the role, with other headers given as name, value, name, value. */
    public static Map<String, String> actingAs(String userId, String role, String... otherHeaders) {
        Map<String, String> headers = new LinkedHashMap<>(actingAs(userId, role));
        for (int i = 0; i < otherHeaders.length; i += 2) {
            headers.put(otherHeaders[i], otherHeaders[i + 1]);
        }
        return headers;
    }

    public static String bearer(String userId, String role) {
        return "Bearer " + SIGNER.sign(userId, role);
    }
}
