package uk.police.hcir.platform.requestcontext;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import uk.police.hcir.platform.servicetoken.ServiceTokenKeys;
import uk.police.hcir.platform.servicetoken.ServiceTokenSigner;
import uk.police.hcir.platform.servicetoken.ServiceTokenVerifier;

class ActorAndCorrelationFilterTest {

    private final KeyPair portalKeys = ServiceTokenKeys.generate();
    private final ServiceTokenSigner portal = new ServiceTokenSigner((ECPrivateKey) portalKeys.getPrivate(),
                                                                     Clock.systemUTC());
    private final ActorAndCorrelationFilter filter = new ActorAndCorrelationFilter(
            ServiceTokenVerifier.fromPem(ServiceTokenKeys.publicKeyPem(portalKeys), Clock.systemUTC()),
            List.of("/api/partner/**"));

    @Test
    void theRequestsActorAndCorrelationIdAreKnownWhileItIsServedAndEchoedBack() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/reports");
        request.addHeader("Authorization", "Bearer " + portal.sign("ch-1001", "CALL_HANDLER"));
        request.addHeader("X-Correlation-Id", "corr-12345678");
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<RequestContext> seen = new AtomicReference<>();

        filter.doFilter(request, response, (req, res) -> seen.set(RequestContext.current().orElseThrow()));

        assertThat(seen.get()).isEqualTo(new RequestContext(new Actor("ch-1001", "CALL_HANDLER"), "corr-12345678"));
        assertThat(response.getHeader("X-Correlation-Id")).isEqualTo("corr-12345678");
        assertThat(RequestContext.current()).isEmpty();
    }

    @Test
    void anUnusableCorrelationIdIsReplacedByAFreshOne() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addHeader("X-Correlation-Id", "<script>alert(1)</script>");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, new MockFilterChain());

        assertThat(response.getHeader("X-Correlation-Id")).matches("[0-9a-f-]{36}");
    }

    @Test
    void aRequestWithoutIdentityActsAsAnAnonymousMemberOfThePublic() throws Exception {
        AtomicReference<RequestContext> seen = new AtomicReference<>();

        filter.doFilter(new MockHttpServletRequest("POST", "/api/reports"), new MockHttpServletResponse(),
                        (req, res) -> seen.set(RequestContext.current().orElseThrow()));

        assertThat(seen.get().actor()).isEqualTo(Actor.ANONYMOUS_PUBLIC);
    }

    @Test
    void aUserNamedInHeadersInsteadOfASignedTokenIsRefused() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/reports");
        request.addHeader("X-HCIR-User", "ch-1001");
        request.addHeader("X-HCIR-Role", "ADMINISTRATOR");

        assertRefused(request, "not named in headers");
    }

    @Test
    void aForgedTokenIsRefusedWithAProblemDetailAndNeverReachesTheEndpoint() throws Exception {
        ServiceTokenSigner forger = new ServiceTokenSigner(
                (ECPrivateKey) ServiceTokenKeys.generate().getPrivate(), Clock.systemUTC());
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/reports");
        request.addHeader("Authorization", "Bearer " + forger.sign("ch-1001", "ADMINISTRATOR"));

        MockHttpServletResponse response = assertRefused(request, "signature does not match");
        assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
    }

    @Test
    void anotherKindOfCredentialIsRefused() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/cases");
        request.addHeader("Authorization", "Basic b2ZmaWNlcjpwYXNzd29yZA==");

        assertRefused(request, "Bearer");
    }

    @Test
    void aPathWithCredentialsOfItsOwnIsLeftToItsOwnCheck() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/partner/reports");
        request.addHeader("Authorization", "Bearer partner-centre-credential");
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<RequestContext> seen = new AtomicReference<>();

        filter.doFilter(request, response, (req, res) -> seen.set(RequestContext.current().orElseThrow()));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(seen.get().actor()).isEqualTo(Actor.ANONYMOUS_PUBLIC);
    }

    private MockHttpServletResponse assertRefused(MockHttpServletRequest request, String reason) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains(reason);
        assertThat(chain.getRequest()).as("the endpoint was not reached").isNull();
        return response;
    }
}
