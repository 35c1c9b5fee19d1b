package uk.police.hcir.platform.axonobservability;

import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import uk.police.hcir.platform.requestcontext.ActorAndCorrelationFilter;
import uk.police.hcir.platform.requestcontext.AuditMetadata;

/**
 * Puts the correlation id of the message being handled in the logging context, under the same key the request
 * filter uses, so that a handler's log lines, in this service or the next, can be found by the id of the request
 * that started the chain. At debug level it logs each message it hands on, which is how one report can be followed
 * through every service's log.
 */
public class CorrelationIdLogging implements MessageHandlerInterceptor<Message<?>> {

    private static final Logger log = LoggerFactory.getLogger(CorrelationIdLogging.class);

    @Override
    public Object handle(UnitOfWork<? extends Message<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        Object correlationId = unitOfWork.getMessage().getMetaData().get(AuditMetadata.CORRELATION_ID);
        if (correlationId == null) {
            return interceptorChain.proceed();
        }
        String previous = MDC.get(ActorAndCorrelationFilter.MDC_KEY);
        MDC.put(ActorAndCorrelationFilter.MDC_KEY, correlationId.toString());
        if (log.isDebugEnabled()) {
            Message<?> message = unitOfWork.getMessage();
            log.debug("Handling {} {}", message.getPayloadType().getSimpleName(), message.getIdentifier());
        }
        try {
            return interceptorChain.proceed();
        } finally {
            if (previous == null) {
                MDC.remove(ActorAndCorrelationFilter.MDC_KEY);
            } else {
                MDC.put(ActorAndCorrelationFilter.MDC_KEY, previous);
            }
        }
    }
}
