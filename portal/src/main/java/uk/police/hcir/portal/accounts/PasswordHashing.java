package uk.police.hcir.portal.accounts;

import java.util.Map;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing for local accounts: Argon2id with OWASP's recommended cost (19 MiB of memory, two passes,
 * one lane) for every new hash; bcrypt hashes of cost 12 or more are still accepted and upgraded on sign-in.
 */
public final class PasswordHashing {

    public static final String ARGON2ID = "argon2";

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int PARALLELISM = 1;
    private static final int MEMORY_KIB = 19 * 1024;
    private static final int ITERATIONS = 2;
    private static final int BCRYPT_COST = 12;

    private PasswordHashing() {
    }

    public static PasswordEncoder encoder() {
        return new DelegatingPasswordEncoder(ARGON2ID, Map.of(
                ARGON2ID, new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS),
                "bcrypt", new BCryptPasswordEncoder(BCRYPT_COST)));
    }

    /** Prints the hash of the password given as the only argument, to configure a local account with. */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("Give the password to hash as the only argument");
            System.exit(2);
        }
        System.out.println(encoder().encode(args[0]));
    }
}
