package uk.police.hcir.platform.requestcontext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ActorAndCorrelationFilterTest {

    private final ActorAndCorrelationFilter filter = new ActorAndCorrelationFilter();

    @Test
    void theRequestsActorAndCorrelationIdAreKnownWhileItIsServedAndEchoedBack() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/reports");
        request.addHeader("X-HCIR-User", "ch-1001");
        request.addHeader("X-HCIR-Role", "CALL_HANDLER");
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
    void aUserWithoutARoleIsRefusedWithAProblemDetail() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/reports");
        request.addHeader("X-HCIR-User", "ch-1001");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("must be sent together");
        assertThat(chain.getRequest()).isNull();
    }
}
