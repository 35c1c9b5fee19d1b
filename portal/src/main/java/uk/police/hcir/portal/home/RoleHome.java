package uk.police.hcir.portal.home;

import java.util.List;
import uk.police.hcir.portal.security.Role;

/** A role's home page: what the role is for and the work it does. */
public record RoleHome(Role role, String summary, List<WorkItem> work) {

    public RoleHome {
        work = List.copyOf(work);
    }
}
