package uk.police.hcir.portal.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.springframework.web.client.RestClient;
import uk.police.hcir.platform.servicetoken.ServiceTokenKeys;
import uk.police.hcir.platform.servicetoken.ServiceTokenSigner;
import uk.police.hcir.portal.services.ServiceClients;
import uk.police.hcir.portal.services.ServicesProperties;

/** Service clients for tests that talk to stand-in services, signing with a key of the test's own. */
public final class TestServiceClients {

    private static final ServiceTokenSigner SIGNER = ServiceTokenSigner.fromPem(
            ServiceTokenKeys.privateKeyPem(ServiceTokenKeys.generate()), Clock.systemUTC());

    private TestServiceClients() {
    }

    public static ServiceClients of(ServicesProperties properties) {
        return of(properties, new ObjectMapper());
    }

    public static ServiceClients of(ServicesProperties properties, ObjectMapper json) {
        return new ServiceClients(RestClient.builder(), properties, json, SIGNER);
    }
}
