package uk.police.hcir.platform.testsupport.identity;

import java.security.KeyPair;
import java.time.Clock;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import uk.police.hcir.platform.servicetoken.ServiceTokenKeys;
import uk.police.hcir.platform.servicetoken.ServiceTokenSigner;

/**
 * Service tokens for tests, signed as the portal signs them, under one key pair made for the test JVM: services
 * started by the test infrastructure trust its public key, and nothing else does.
 */
public final class TestServiceTokens {

    private static final KeyPair KEYS = ServiceTokenKeys.generate();
    private static final ServiceTokenSigner SIGNER = ServiceTokenSigner.fromPem(ServiceTokenKeys.privateKeyPem(KEYS),
                                                                                Clock.systemUTC());

    private TestServiceTokens() {
    }

    /** The PEM public key services under test verify tokens with. */
    public static String verificationKey() {
        return ServiceTokenKeys.publicKeyPem(KEYS);
    }

    public static String token(String userId, String role) {
        return SIGNER.sign(userId, role);
    }

    /**
     * The same service, called as the user in the role: every request carries a token signed for it when it is
     * sent. The template given is left as it was, so calls made with it still act for nobody.
     */
    public static TestRestTemplate actingAs(TestRestTemplate http, String userId, String role) {
        ClientHttpRequestInterceptor signing = (request, body, execution) -> {
            request.getHeaders().setBearerAuth(token(userId, role));
            return execution.execute(request, body);
        };
        return new TestRestTemplate(new RestTemplateBuilder().rootUri(http.getRootUri())
                                                             .additionalInterceptors(signing));
    }

    /** The header that proves the user acts in the role. */
    public static Map<String, String> actingAs(String userId, String role) {
        return Map.of("Authorization", "Bearer " + token(userId, role));
    }
}
