package uk.police.hcir.portal.home;

import java.util.List;
import uk.police.hcir.portal.security.Role;

/** A role's home page: what the role is for, and its work with whether each page is there to open. */
public record RoleHome(Role role, String summary, List<AvailableWork> work) {

    /** A work item and whether its page can be opened. */
    public record AvailableWork(WorkItem item, boolean available) {

        public String title() {
            return item.title();
        }

        public String description() {
            return item.description();
        }

        public String path() {
            return item.path();
        }

        public boolean isAvailable() {
            return available;
        }
    }

    public RoleHome {
        work = List.copyOf(work);
    }
}
