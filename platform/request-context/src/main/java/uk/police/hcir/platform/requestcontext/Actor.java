package uk.police.hcir.platform.requestcontext;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who performs an action: a user with a role, a partner reporting centre, a member of the public, or a service
 * acting on its own (for example, opening a case when a report arrives).
 */
public record Actor(String id, String role) {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._@:-]{1,128}");

    public static final Actor ANONYMOUS_PUBLIC = new Actor("anonymous", "PUBLIC");

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        if (!SAFE.matcher(id).matches() || !SAFE.matcher(role).matches()) {
            throw new IllegalArgumentException("An actor id and role are 1 to 128 letters, digits or ._@:-");
        }
    }

    /** The service itself, acting because of an event rather than a person's request. */
    public static Actor system(String serviceName) {
        return new Actor("system:" + serviceName, "SYSTEM");
    }
}
