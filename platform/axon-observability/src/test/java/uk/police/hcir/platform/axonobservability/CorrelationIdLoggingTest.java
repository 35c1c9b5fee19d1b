package uk.police.hcir.platform.axonobservability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class CorrelationIdLoggingTest {

    private final CorrelationIdLogging interceptor = new CorrelationIdLogging();

    @AfterEach
    void clearLoggingContext() {
        MDC.clear();
    }

    @Test
    void aHandlerLogsUnderTheCorrelationIdOfTheMessageItHandles() throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();

        handle(GenericEventMessage.asEventMessage("report received")
                                  .andMetaData(Map.of("correlationId", "corr-1234")), seen);

        assertThat(seen).hasValue("corr-1234");
        assertThat(MDC.get("correlationId")).isNull();
    }

    @Test
    void theRequestsCorrelationIdIsBackInPlaceAfterACommandItSentWasHandled() throws Exception {
        MDC.put("correlationId", "request-1");
        AtomicReference<String> seen = new AtomicReference<>();

        handle(GenericEventMessage.asEventMessage("x").andMetaData(Map.of("correlationId", "corr-5678")), seen);

        assertThat(seen).hasValue("corr-5678");
        assertThat(MDC.get("correlationId")).isEqualTo("request-1");
    }

    @Test
    void aMessageWithoutACorrelationIdLeavesTheLoggingContextAlone() throws Exception {
        MDC.put("correlationId", "request-2");
        AtomicReference<String> seen = new AtomicReference<>();

        handle(GenericEventMessage.asEventMessage("x"), seen);

        assertThat(seen).hasValue("request-2");
    }

    private void handle(Message<?> message, AtomicReference<String> seen) throws Exception {
        DefaultUnitOfWork<Message<?>> unitOfWork = DefaultUnitOfWork.startAndGet(message);
        try {
            interceptor.handle(unitOfWork, () -> {
                seen.set(MDC.get("correlationId"));
                return null;
            });
        } finally {
            unitOfWork.commit();
        }
    }
}
