package uk.police.hcir.platform.personaldata;

import java.time.Clock;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Per-subject keys in the shared subject-key database, wrapped under a key-encryption key from the environment.
 * The key database gets its own small connection pool and its own migrations, so it can live wherever a force
 * keeps its keys.
 */
@AutoConfiguration
@EnableConfigurationProperties(PersonalDataProperties.class)
public class PersonalDataAutoConfiguration {

    @Bean(destroyMethod = "close")
    SubjectKeyDatabase subjectKeyDatabase(PersonalDataProperties properties) {
        return new SubjectKeyDatabase(properties);
    }

    @Bean
    MatchKeys matchKeys(PersonalDataProperties properties) {
        return new MatchKeys(keyEncryptionKey(properties));
    }

    @Bean
    PersonalData personalData(SubjectKeyDatabase subjectKeyDatabase, PersonalDataProperties properties) {
        KeyWrapping wrapping = new KeyWrapping(keyEncryptionKey(properties));
        return new PersonalData(new SubjectKeyStore(subjectKeyDatabase.jdbc(), wrapping,
                                                    Clock.systemUTC()), properties.keyCacheTtl());
    }

    private static SecretKeySpec keyEncryptionKey(PersonalDataProperties properties) {
        if (properties.keyEncryptionKey() == null || properties.keyEncryptionKey().isBlank()) {
            throw new IllegalStateException(
                    "hcir.personal-data.key-encryption-key (HCIR_PERSONAL_DATA_KEY_ENCRYPTION_KEY) must be set");
        }
        byte[] kek = Base64.getDecoder().decode(properties.keyEncryptionKey());
        if (kek.length != 32) {
            throw new IllegalStateException("The key-encryption key must be 256 bits, base64-encoded");
        }
        return new SecretKeySpec(kek, "AES");
    }
}
