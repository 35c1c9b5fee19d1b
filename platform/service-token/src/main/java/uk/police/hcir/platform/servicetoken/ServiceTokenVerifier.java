package uk.police.hcir.platform.servicetoken;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.interfaces.ECPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Decides whether a service token is one the portal signed and still good: ES256 under one of the trusted public
 * keys, issued by the portal for the services, inside its lifetime, naming a user and a role. Anything else is
 * refused with the reason, which goes back to the caller; nothing about the token is ever trusted before that.
 */
public final class ServiceTokenVerifier {

    private final List<ECDSAVerifier> verifiers;
    private final Clock clock;

    public ServiceTokenVerifier(List<ECPublicKey> trustedKeys, Clock clock) {
        this.verifiers = trustedKeys.stream().map(ServiceTokenVerifier::verifierOf).toList();
        this.clock = clock;
    }

    public static ServiceTokenVerifier fromPem(String publicKeysPem, Clock clock) {
        return new ServiceTokenVerifier(ServiceTokenKeys.publicKeysFrom(publicKeysPem), clock);
    }

    /** Whether any key is trusted at all; without one, every token is refused. */
    public boolean hasTrustedKeys() {
        return !verifiers.isEmpty();
    }

    public ServiceToken.Identity verify(String token) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new InvalidServiceTokenException("the token is not a signed JWT");
        }
        if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())) {
            throw new InvalidServiceTokenException("the token is not signed with ES256");
        }
        if (!signedByATrustedKey(jwt)) {
            throw new InvalidServiceTokenException("the token's signature does not match a trusted key");
        }
        if (!ServiceToken.ISSUER.equals(claims.getIssuer())) {
            throw new InvalidServiceTokenException("the token was not issued by " + ServiceToken.ISSUER);
        }
        if (claims.getAudience() == null || !claims.getAudience().contains(ServiceToken.AUDIENCE)) {
            throw new InvalidServiceTokenException("the token is not for " + ServiceToken.AUDIENCE);
        }
        checkLifetime(claims);
        String role = stringClaim(claims, ServiceToken.ROLE_CLAIM);
        if (claims.getSubject() == null || claims.getSubject().isBlank() || role == null || role.isBlank()) {
            throw new InvalidServiceTokenException("the token does not name a user and a role");
        }
        return new ServiceToken.Identity(claims.getSubject(), role);
    }

    private boolean signedByATrustedKey(SignedJWT jwt) {
        for (ECDSAVerifier verifier : verifiers) {
            try {
                if (jwt.verify(verifier)) {
                    return true;
                }
            } catch (JOSEException e) {
                // a key of another curve cannot verify this token: try the next
            }
        }
        return false;
    }

    private void checkLifetime(JWTClaimsSet claims) {
        Date issued = claims.getIssueTime();
        Date expires = claims.getExpirationTime();
        if (issued == null || expires == null) {
            throw new InvalidServiceTokenException("the token does not say when it was issued and when it expires");
        }
        Instant now = clock.instant();
        if (now.isAfter(expires.toInstant().plus(ServiceToken.CLOCK_SKEW))) {
            throw new InvalidServiceTokenException("the token has expired");
        }
        if (issued.toInstant().isAfter(now.plus(ServiceToken.CLOCK_SKEW))
                || (claims.getNotBeforeTime() != null
                    && claims.getNotBeforeTime().toInstant().isAfter(now.plus(ServiceToken.CLOCK_SKEW)))) {
            throw new InvalidServiceTokenException("the token is not valid yet");
        }
        if (Duration.between(issued.toInstant(), expires.toInstant())
                    .compareTo(ServiceToken.LONGEST_ACCEPTED_LIFETIME) > 0) {
            throw new InvalidServiceTokenException("the token claims to live longer than any service token may");
        }
    }

    private static String stringClaim(JWTClaimsSet claims, String name) {
        try {
            return claims.getStringClaim(name);
        } catch (ParseException e) {
            throw new InvalidServiceTokenException("the token's " + name + " is not text");
        }
    }

    private static ECDSAVerifier verifierOf(ECPublicKey key) {
        try {
            return new ECDSAVerifier(key);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("A trusted key cannot verify ES256", e);
        }
    }
}
