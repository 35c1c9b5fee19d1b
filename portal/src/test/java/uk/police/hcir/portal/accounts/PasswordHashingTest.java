package uk.police.hcir.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordHashingTest {

    private final PasswordEncoder encoder = PasswordHashing.encoder();

    @Test
    void newHashesAreArgon2idWithTheRecommendedCost() {
        String hash = encoder.encode("correct horse battery staple");

        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(encoder.matches("correct horse battery staple", hash)).isTrue();
        assertThat(encoder.matches("correct horse battery stapler", hash)).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertThat(encoder.encode("same password")).isNotEqualTo(encoder.encode("same password"));
    }

    @Test
    void aBcryptHashIsStillAcceptedAndMarkedForUpgrade() {
        String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder(12).encode("older password");

        assertThat(encoder.matches("older password", bcrypt)).isTrue();
        assertThat(encoder.upgradeEncoding(bcrypt)).isTrue();
        assertThat(encoder.upgradeEncoding(encoder.encode("older password"))).isFalse();
    }
}
