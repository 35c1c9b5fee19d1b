package uk.police.hcir.platform.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.junit.jupiter.api.Test;

class CountingEnqueuePolicyTest {

    private final CountingEnqueuePolicy policy = new CountingEnqueuePolicy();

    @Test
    void theFirstFailureIsDeadLetteredAsTheFirstAttempt() {
        DeadLetter<EventMessage<?>> letter = new GenericDeadLetter<EventMessage<?>>("case-1", GenericEventMessage.asEventMessage("x"));

        EnqueueDecision<EventMessage<?>> decision = policy.decide(letter, new IllegalStateException("refused"));

        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(decision.enqueueCause()).get().extracting(Throwable::getMessage).asString().contains("refused");
        assertThat(CountingEnqueuePolicy.attempts(decision.withDiagnostics(letter).diagnostics())).isEqualTo(1);
    }

    @Test
    void everyFailedRetryCountsOneMoreAttempt() {
        DeadLetter<EventMessage<?>> letter = new GenericDeadLetter<EventMessage<?>>("case-1", GenericEventMessage.asEventMessage("x"))
                .withDiagnostics(diagnostics -> diagnostics.and(CountingEnqueuePolicy.ATTEMPTS, 2));

        EnqueueDecision<EventMessage<?>> decision = policy.decide(letter, new IllegalStateException("again"));

        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(CountingEnqueuePolicy.attempts(decision.withDiagnostics(letter).diagnostics())).isEqualTo(3);
    }

    @Test
    void aVeryLongCauseIsCutToWhatTheQueueStores() {
        DeadLetter<EventMessage<?>> letter = new GenericDeadLetter<EventMessage<?>>("case-1", GenericEventMessage.asEventMessage("x"));

        EnqueueDecision<EventMessage<?>> decision = policy.decide(letter, new IllegalStateException("x".repeat(5000)));

        assertThat(decision.enqueueCause()).get().extracting(Throwable::getMessage)
                                           .satisfies(message -> assertThat(message.length()).isLessThanOrEqualTo(1023));
    }
}
