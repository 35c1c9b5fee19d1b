package uk.police.hcir.platform.servicetoken;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/** Signs the token that tells a service who is acting: the portal's side of {@link ServiceTokenVerifier}. */
public final class ServiceTokenSigner {

    private final ECDSASigner signer;
    private final Clock clock;

    public ServiceTokenSigner(ECPrivateKey key, Clock clock) {
        try {
            this.signer = new ECDSASigner(key);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("The service token signing key cannot sign ES256", e);
        }
        this.clock = clock;
    }

    public static ServiceTokenSigner fromPem(String privateKeyPem, Clock clock) {
        return new ServiceTokenSigner(ServiceTokenKeys.privateKeyFrom(privateKeyPem), clock);
    }

    /** A token for the user acting in the role, valid from now for {@link ServiceToken#LIFETIME}. */
    public String sign(String userId, String role) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ServiceToken.ISSUER)
                .audience(ServiceToken.AUDIENCE)
                .subject(userId)
                .claim(ServiceToken.ROLE_CLAIM, role)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ServiceToken.LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT).build(),
                                        claims);
        try {
            token.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("A service token could not be signed", e);
        }
        return token.serialize();
    }
}
