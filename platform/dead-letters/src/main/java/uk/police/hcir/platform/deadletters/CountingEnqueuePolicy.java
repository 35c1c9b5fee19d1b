package uk.police.hcir.platform.deadletters;

import static org.axonframework.messaging.deadletter.ThrowableCause.truncated;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;

/**
 * Dead-letters every event a handler fails on, as Axon does by default, and counts in the letter's diagnostics
 * how many times handling it has failed: once when it is enqueued, once more for every failed retry.
 */
public class CountingEnqueuePolicy implements EnqueuePolicy<EventMessage<?>> {

    public static final String ATTEMPTS = "attempts";

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        return Decisions.enqueue(truncated(cause), failed -> failed.diagnostics().and(ATTEMPTS, attempts(failed) + 1));
    }

    static int attempts(DeadLetter<?> letter) {
        return attempts(letter.diagnostics());
    }

    static int attempts(MetaData diagnostics) {
        Object attempts = diagnostics.get(ATTEMPTS);
        if (attempts instanceof Number number) {
            return number.intValue();
        }
        if (attempts != null) {
            try {
                return Integer.parseInt(attempts.toString());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }
}
