package uk.police.hcir.platform.servicetoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceTokenVerifierTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final KeyPair portalKeys = ServiceTokenKeys.generate();
    private final ServiceTokenSigner portal = ServiceTokenSigner.fromPem(ServiceTokenKeys.privateKeyPem(portalKeys),
                                                                         CLOCK);
    private final ServiceTokenVerifier service = ServiceTokenVerifier.fromPem(
            ServiceTokenKeys.publicKeyPem(portalKeys), CLOCK);

    @Test
    void aTokenThePortalSignedNamesTheUserAndTheirRole() {
        assertThat(service.verify(portal.sign("pc-2002", "OFFICER")))
                .isEqualTo(new ServiceToken.Identity("pc-2002", "OFFICER"));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        ServiceTokenSigner forger = new ServiceTokenSigner(
                (ECPrivateKey) ServiceTokenKeys.generate().getPrivate(), CLOCK);

        assertRefused(forger.sign("pc-2002", "SUPERVISOR"), "signature does not match");
    }

    @Test
    void aTokenWhoseRoleWasChangedAfterSigningIsRefused() {
        String[] parts = portal.sign("pc-2002", "OFFICER").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("OFFICER", "ADMINISTRATOR");
        String altered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertRefused(altered, "signature does not match");
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String unsigned = new PlainJWT(claims("pc-2002", "ADMINISTRATOR", NOW, NOW.plusSeconds(60)).build())
                .serialize();

        assertRefused(unsigned, "not a signed JWT");
    }

    @Test
    void aTokenSignedWithASharedSecretInsteadOfTheKeyIsRefused() throws Exception {
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256),
                                       claims("pc-2002", "ADMINISTRATOR", NOW, NOW.plusSeconds(60)).build());
        hmac.sign(new MACSigner(new byte[32]));

        assertRefused(hmac.serialize(), "not signed with ES256");
    }

    @Test
    void anExpiredTokenIsRefusedOnceTheClockSkewHasPassed() {
        String token = portal.sign("pc-2002", "OFFICER");
        Instant expiry = NOW.plus(ServiceToken.LIFETIME);

        assertThat(verifierAt(expiry.plus(ServiceToken.CLOCK_SKEW)).verify(token).userId()).isEqualTo("pc-2002");
        assertThatThrownBy(() -> verifierAt(expiry.plus(ServiceToken.CLOCK_SKEW).plusSeconds(1)).verify(token))
                .isInstanceOf(InvalidServiceTokenException.class).hasMessageContaining("expired");
    }

    @Test
    void aTokenFromTheFutureIsRefused() {
        String token = portal.sign("pc-2002", "OFFICER");

        assertThatThrownBy(() -> verifierAt(NOW.minus(Duration.ofMinutes(5))).verify(token))
                .isInstanceOf(InvalidServiceTokenException.class).hasMessageContaining("not valid yet");
    }

    @Test
    void aTokenClaimingALongLifeIsRefusedEvenWhenProperlySigned() throws Exception {
        assertRefused(signedByPortal(claims("pc-2002", "OFFICER", NOW, NOW.plus(Duration.ofHours(8)))),
                      "longer than any service token");
    }

    @Test
    void aTokenForSomeoneElseOrFromSomeoneElseIsRefused() throws Exception {
        assertRefused(signedByPortal(claims("pc-2002", "OFFICER", NOW, NOW.plusSeconds(60)).issuer("elsewhere")),
                      "not issued by");
        assertRefused(signedByPortal(claims("pc-2002", "OFFICER", NOW, NOW.plusSeconds(60)).audience("other")),
                      "not for");
        assertRefused(signedByPortal(claims("pc-2002", null, NOW, NOW.plusSeconds(60))), "a user and a role");
    }

    @Test
    void duringAKeyRotationTokensUnderEitherKeyAreAccepted() {
        KeyPair next = ServiceTokenKeys.generate();
        ServiceTokenVerifier rotating = ServiceTokenVerifier.fromPem(
                ServiceTokenKeys.publicKeyPem(portalKeys) + ServiceTokenKeys.publicKeyPem(next), CLOCK);
        ServiceTokenSigner newPortal = ServiceTokenSigner.fromPem(ServiceTokenKeys.privateKeyPem(next), CLOCK);

        assertThat(rotating.verify(portal.sign("pc-1", "OFFICER")).userId()).isEqualTo("pc-1");
        assertThat(rotating.verify(newPortal.sign("pc-2", "OFFICER")).userId()).isEqualTo("pc-2");
        assertThat(ServiceTokenKeys.publicKeysFrom(ServiceTokenKeys.publicKeyPem(next).replace("\n", "\\n")))
                .as("a key passed through an environment variable with escaped newlines").hasSize(1);
    }

    @Test
    void aServiceTrustingNoKeyRefusesEveryToken() {
        ServiceTokenVerifier untrusting = new ServiceTokenVerifier(List.of(), CLOCK);

        assertThat(untrusting.hasTrustedKeys()).isFalse();
        assertThatThrownBy(() -> untrusting.verify(portal.sign("pc-2002", "OFFICER")))
                .isInstanceOf(InvalidServiceTokenException.class);
    }

    private ServiceTokenVerifier verifierAt(Instant instant) {
        return ServiceTokenVerifier.fromPem(ServiceTokenKeys.publicKeyPem(portalKeys),
                                            Clock.fixed(instant, ZoneOffset.UTC));
    }

    private String signedByPortal(JWTClaimsSet.Builder claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT).build(),
                                      claims.build());
        jwt.sign(new ECDSASigner((ECPrivateKey) portalKeys.getPrivate()));
        return jwt.serialize();
    }

    private static JWTClaimsSet.Builder claims(String user, String role, Instant issued, Instant expires) {
        return new JWTClaimsSet.Builder().issuer(ServiceToken.ISSUER).audience(ServiceToken.AUDIENCE)
                                         .subject(user).claim(ServiceToken.ROLE_CLAIM, role)
                                         .issueTime(Date.from(issued)).expirationTime(Date.from(expires));
    }

    private void assertRefused(String token, String reason) {
        assertThatThrownBy(() -> service.verify(token))
                .isInstanceOf(InvalidServiceTokenException.class)
                .hasMessageContaining(reason);
    }
}
