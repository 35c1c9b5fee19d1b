package uk.police.hcir.platform.axonpostgres;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs each event handler of a processor inside a savepoint of the batch's transaction.
 *
 * <p>PostgreSQL refuses every statement of a transaction after one has failed. Without a savepoint, one event
 * that a handler cannot process would take the whole batch down with it, and the dead-letter queue could not even
 * record it. With one, the failed handler's writes are undone, the event is dead-lettered, and the rest of the
 * batch goes on.
 */
public class SavepointPerEventHandlerDefinition implements HandlerEnhancerDefinition {

    private final PlatformTransactionManager transactionManager;
    private final TransactionDefinition nested;

    public SavepointPerEventHandlerDefinition(PlatformTransactionManager transactionManager) {
        this.transactionManager = transactionManager;
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
        definition.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.nested = definition;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        boolean eventHandler = original.canHandleMessageType(EventMessage.class);
        boolean sourcingHandler = original.annotationAttributes(EventSourcingHandler.class).isPresent();
        return eventHandler && !sourcingHandler ? new SavepointHandler<>(original) : original;
    }

    private final class SavepointHandler<T> extends WrappedMessageHandlingMember<T> {

        private SavepointHandler(MessageHandlingMember<T> delegate) {
            super(delegate);
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                return super.handle(message, target);
            }
            TransactionStatus savepoint = transactionManager.getTransaction(nested);
            Object result;
            try {
                result = super.handle(message, target);
            } catch (Exception | Error failure) {
                try {
                    transactionManager.rollback(savepoint);
                } catch (RuntimeException rollbackFailure) {
                    failure.addSuppressed(rollbackFailure);
                }
                throw failure;
            }
            transactionManager.commit(savepoint);
            return result;
        }
    }
}
