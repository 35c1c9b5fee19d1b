package uk.police.hcir.deploy.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import uk.police.hcir.platform.servicetoken.ServiceToken;
import uk.police.hcir.platform.servicetoken.ServiceTokenSigner;

/**
 * Prints a service token for a user and role, signed with the local run's portal key, so that a person can call the
 * local run's services directly ({@code curl -H "Authorization: Bearer $(./local-token.sh pc-2002 OFFICER)"}).
 */
public final class LocalServiceToken {

    private LocalServiceToken() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("Usage: local-token.sh <user id> <role>   (a token lives "
                                       + ServiceToken.LIFETIME.toSeconds() + " seconds)");
            System.exit(2);
        }
        Path dataDirectory = Path.of(System.getenv().getOrDefault("HCIR_DATA_DIR", ".hcir-local")).toAbsolutePath();
        Path keys = dataDirectory.resolve(ServiceTokenSigningKey.FILE_NAME);
        if (!Files.exists(keys)) {
            System.err.println("No " + keys + ": start the local run (./run-local.sh) once first");
            System.exit(1);
        }
        ServiceTokenSigningKey key = ServiceTokenSigningKey.loadOrCreate(keys);
        System.out.println(ServiceTokenSigner.fromPem(key.privateKeyPem(), Clock.systemUTC()).sign(args[0], args[1]));
    }
}
