package uk.police.hcir.platform.requestcontext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.EOFException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver;

class UnavailableDatabaseExceptionResolverTest {

    /** What the PostgreSQL driver throws when the server dies in the middle of a query. */
    static IllegalStateException databaseGoneMidQuery() {
        return new IllegalStateException("Could not store the report",
                                         new SQLException("An I/O error occurred while sending to the backend.",
                                                          "08006", new EOFException()));
    }

    @RestController
    static class Reports {

        @PostMapping("/api/reports")
        String receive() {
            throw databaseGoneMidQuery();
        }
    }

    @Test
    void aDatabaseThatDiesMidRequestIsAnswered503AndNotAnEmptySuccess() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new Reports())
                                     .setHandlerExceptionResolvers(new UnavailableDatabaseExceptionResolver(),
                                                                   new DefaultHandlerExceptionResolver())
                                     .build();

        MvcResult result = mvc.perform(post("/api/reports")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(503);
        assertThat(result.getResponse().getHeader("Retry-After")).isEqualTo("5");
        assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
        assertThat(result.getResponse().getContentAsString())
                .contains("\"status\":503", "database-unavailable", "may not have been recorded");
    }

    @Test
    void springAloneAnswersTheSameFailureWithAnEmptySuccess() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new Reports())
                                     .setHandlerExceptionResolvers(new DefaultHandlerExceptionResolver())
                                     .build();

        MvcResult result = mvc.perform(post("/api/reports")).andReturn();

        assertThat(result.getResponse().getStatus()).as("what this resolver is there to prevent").isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).isEmpty();
    }

    @Test
    void aClientThatWentAwayIsLeftToSpring() {
        assertThat(UnavailableDatabaseExceptionResolver.causedByTheDatabase(
                new IllegalStateException(new EOFException("client closed")))).isFalse();
        assertThat(UnavailableDatabaseExceptionResolver.causedByTheDatabase(databaseGoneMidQuery())).isTrue();
    }
}
