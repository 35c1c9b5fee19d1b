package uk.police.hcir.platform.personaldata;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the subject keys are kept and the key that protects them at rest.
 *
 * @param keysUrl              JDBC URL of the subject-key database, shared by every service, as a key management
 *                             service would be
 * @param keysUsername         its user
 * @param keysPassword         its password
 * @param keyEncryptionKey     base64 of the 256-bit key that wraps every subject key in that database; it comes
 *                             from the environment and is never stored beside the keys
 * @param keyCacheTtl          how long a service keeps an unwrapped subject key in memory
 */
@ConfigurationProperties("hcir.personal-data")
public record PersonalDataProperties(String keysUrl,
                                     String keysUsername,
                                     String keysPassword,
                                     String keyEncryptionKey,
                                     Duration keyCacheTtl) {

    public PersonalDataProperties {
        keysUsername = keysUsername == null ? "postgres" : keysUsername;
        keysPassword = keysPassword == null ? "" : keysPassword;
        keyCacheTtl = keyCacheTtl == null ? Duration.ofSeconds(60) : keyCacheTtl;
    }
}
