package uk.police.hcir.portal.home;

/**
 * Something a role works on, and the page it is done on. The page may not exist yet in this version of the portal;
 * {@link RoleHome} says which do.
 */
public record WorkItem(String title, String description, String path) {
}
