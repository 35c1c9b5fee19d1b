package uk.police.hcir.portal.services;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.police.hcir.platform.servicetoken.ServiceTokenSigner;

/** The key the portal signs service tokens with; the services trust only its public half. */
@Configuration(proxyBeanMethods = false)
class ServiceTokenConfiguration {

    @Bean
    ServiceTokenSigner serviceTokenSigner(@Value("${hcir.portal.service-token.signing-key:}") String signingKey) {
        if (signingKey.isBlank()) {
            throw new IllegalStateException("The portal needs its service token signing key: set "
                    + "hcir.portal.service-token.signing-key (HCIR_PORTAL_SERVICE_TOKEN_SIGNING_KEY) to a PEM P-256 "
                    + "private key, and give the services its public key (docs/operations.md says how)");
        }
        return ServiceTokenSigner.fromPem(signingKey, Clock.systemUTC());
    }
}
