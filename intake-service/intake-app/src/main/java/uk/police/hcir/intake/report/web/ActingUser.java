package uk.police.hcir.intake.report.web;

import java.util.Arrays;
import org.springframework.http.HttpStatus;
import uk.police.hcir.platform.requestcontext.Actor;
import uk.police.hcir.platform.requestcontext.RequestContext;
import uk.police.hcir.platform.webapi.ApiProblem;

/** The user a request acts for, and the roles an endpoint is open to. */
final class ActingUser {

    private ActingUser() {
    }

    static Actor current() {
        return RequestContext.current().map(RequestContext::actor).orElse(Actor.ANONYMOUS_PUBLIC);
    }

    static Actor requireRole(String... roles) {
        Actor actor = current();
        if (Arrays.stream(roles).noneMatch(actor.role()::equals)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "role-not-allowed", "Not allowed",
                                 "This is for " + String.join(" or ", roles) + " only");
        }
        return actor;
    }
}
