package uk.police.hcir.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import uk.police.hcir.platform.servicetoken.ServiceTokenKeys;

/**
 * The portal's service token key pair for the local run only: created once and kept beside the data with
 * owner-only permissions, the private half for the portal and the public half for the services. A real deployment
 * takes both from its secret store.
 *
 * @param privateKeyPem the portal's signing key
 * @param publicKeyPem  the key the services verify with
 */
public record ServiceTokenSigningKey(String privateKeyPem, String publicKeyPem) {

    /** Where in its data directory a stack keeps the key pair. */
    public static final String FILE_NAME = "service-token-keys.pem";

    static ServiceTokenSigningKey loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                keep(ServiceTokenKeys.generate(), file);
            }
            String both = Files.readString(file);
            return new ServiceTokenSigningKey(block(both, "PRIVATE KEY"), block(both, "PUBLIC KEY"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create " + file, e);
        }
    }

    /** Makes a stack that starts in this data directory use the given keys instead of making its own. */
    public static void keep(KeyPair keys, Path dataDirectory, String fileName) throws IOException {
        keep(keys, dataDirectory.resolve(fileName));
    }

    private static void keep(KeyPair keys, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, ServiceTokenKeys.privateKeyPem(keys) + ServiceTokenKeys.publicKeyPem(keys));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    private static String block(String pem, String type) {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < 0) {
            throw new IllegalStateException("The local run's service token key file has no " + type);
        }
        return pem.substring(from, to + end.length()) + "\n";
    }
}
