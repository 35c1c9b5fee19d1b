package uk.police.hcir.platform.requestcontext;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * Copies the audit metadata of the message being handled onto every message it produces: the actor and the
 * correlation id follow a case across services, the handled message becomes the cause, and a command's reason
 * is kept on the events it applies.
 */
public class AuditCorrelationDataProvider implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        copy(message, AuditMetadata.ACTOR_ID, data);
        copy(message, AuditMetadata.ACTOR_ROLE, data);
        data.put(AuditMetadata.CORRELATION_ID,
                 message.getMetaData().getOrDefault(AuditMetadata.CORRELATION_ID, message.getIdentifier()));
        data.put(AuditMetadata.CAUSATION_ID, message.getIdentifier());
        if (message instanceof CommandMessage<?>) {
            copy(message, AuditMetadata.REASON, data);
        }
        return data;
    }

    private static void copy(Message<?> message, String key, Map<String, Object> data) {
        Object value = message.getMetaData().get(key);
        if (value != null) {
            data.put(key, value);
        }
    }
}
