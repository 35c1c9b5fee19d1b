package uk.police.hcir.portal.web;

/** A link in the service navigation; {@code current} marks the page being shown. */
public record NavigationItem(String title, String path, boolean current) {
}
