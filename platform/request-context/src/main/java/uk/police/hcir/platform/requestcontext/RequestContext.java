package uk.police.hcir.platform.requestcontext;

import java.util.Optional;

/** The actor and correlation id of the HTTP request being served on this thread. */
public record RequestContext(Actor actor, String correlationId) {

    private static final ThreadLocal<RequestContext> CURRENT = new ThreadLocal<>();

    public static Optional<RequestContext> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    static void set(RequestContext context) {
        CURRENT.set(context);
    }

    static void clear() {
        CURRENT.remove();
    }
}
