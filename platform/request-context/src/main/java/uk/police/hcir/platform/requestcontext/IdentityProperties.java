package uk.police.hcir.platform.requestcontext;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a service knows who is acting.
 *
 * @param tokenVerificationKeys the PEM public keys whose service tokens this service trusts: the portal's current
 *                              key, and during a rotation the next one too. Without any, every token is refused.
 * @param ownCredentialPaths    paths whose callers prove who they are with credentials of their own, which this
 *                              check leaves alone (for example the reporting centres' API)
 */
@ConfigurationProperties("hcir.identity")
public record IdentityProperties(String tokenVerificationKeys, List<String> ownCredentialPaths) {

    public IdentityProperties {
        tokenVerificationKeys = tokenVerificationKeys == null ? "" : tokenVerificationKeys;
        ownCredentialPaths = ownCredentialPaths == null ? List.of() : List.copyOf(ownCredentialPaths);
    }
}
