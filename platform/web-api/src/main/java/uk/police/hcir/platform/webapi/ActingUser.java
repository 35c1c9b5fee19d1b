package uk.police.hcir.platform.webapi;

import java.util.Arrays;
import org.springframework.http.HttpStatus;
import uk.police.hcir.platform.requestcontext.Actor;
import uk.police.hcir.platform.requestcontext.RequestContext;

/** The user a request acts for, and the roles an endpoint is open to. */
public final class ActingUser {

    private ActingUser() {
    }

    public static Actor current() {
        return RequestContext.current().map(RequestContext::actor).orElse(Actor.ANONYMOUS_PUBLIC);
    }

    /**
     * The acting user, when they hold one of the roles; otherwise the request is refused: with 401 when nobody is
     * signed in, with 403 when the user's role is not one of them.
     */
    public static Actor requireRole(String... roles) {
        Actor actor = current();
        if (actor.equals(Actor.ANONYMOUS_PUBLIC)) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "not-signed-in", "Not signed in",
                                 "This is for " + String.join(" or ", roles) + " only: send a signed service token");
        }
        if (Arrays.stream(roles).noneMatch(actor.role()::equals)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "role-not-allowed", "Not allowed",
                                 "This is for " + String.join(" or ", roles) + " only");
        }
        return actor;
    }
}
