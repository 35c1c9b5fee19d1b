package uk.police.hcir.platform.requestcontext;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.Message;

/**
 * The metadata keys every command and event carries, so that each stored fact says who caused it, in which
 * request, and (for corrections) why.
 */
public final class AuditMetadata {

    public static final String ACTOR_ID = "actorId";
    public static final String ACTOR_ROLE = "actorRole";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";
    public static final String REASON = "reason";

    private AuditMetadata() {
    }

    /** Metadata for a command sent by the given actor under the given correlation id. */
    public static Map<String, Object> of(Actor actor, String correlationId) {
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(ACTOR_ID, actor.id());
        metaData.put(ACTOR_ROLE, actor.role());
        metaData.put(CORRELATION_ID, correlationId);
        return metaData;
    }

    /**
     * Metadata for a command a service sends on its own account because of the given message: the service is the
     * actor, the correlation id carries on, and the message is the cause.
     */
    public static Map<String, Object> reactingTo(Message<?> cause, Actor service) {
        Object correlationId = cause.getMetaData().getOrDefault(CORRELATION_ID, cause.getIdentifier());
        Map<String, Object> metaData = of(service, correlationId.toString());
        metaData.put(CAUSATION_ID, cause.getIdentifier());
        return metaData;
    }
}
