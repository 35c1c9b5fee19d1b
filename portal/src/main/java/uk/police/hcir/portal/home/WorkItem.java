package uk.police.hcir.portal.home;

/**
 * Something a role works on, with the page to do it on where that page exists.
 *
 * @param path the page's path, or {@code null} while the work has no page yet
 */
public record WorkItem(String title, String description, String path) {

    static WorkItem available(String title, String description, String path) {
        return new WorkItem(title, description, path);
    }

    static WorkItem notYetAvailable(String title, String description) {
        return new WorkItem(title, description, null);
    }

    public boolean isAvailable() {
        return path != null;
    }
}
