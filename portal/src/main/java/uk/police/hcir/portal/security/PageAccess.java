package uk.police.hcir.portal.security;

import static uk.police.hcir.portal.security.Role.ADMINISTRATOR;
import static uk.police.hcir.portal.security.Role.ANALYST;
import static uk.police.hcir.portal.security.Role.AUDITOR;
import static uk.police.hcir.portal.security.Role.CALL_HANDLER;
import static uk.police.hcir.portal.security.Role.OFFICER;
import static uk.police.hcir.portal.security.Role.SUPERVISOR;
import static uk.police.hcir.portal.security.Role.VICTIM_CARE;

import java.util.List;
import java.util.Set;

/**
 * Which roles may open each area of the portal. The services decide again, for every call, what each role may do;
 * this only keeps people off pages that would be refused.
 */
public final class PageAccess {

    /** An area of pages under one path prefix, and the roles that work in it. */
    public record Area(String pattern, Set<Role> roles) {
    }

    /** Pages anyone may open without signing in: the public report form and the reporting centres' page. */
    public static final List<String> PUBLIC_PAGES = List.of("/report", "/report/**", "/partner", "/partner/**");

    public static final List<Area> AREAS = List.of(
            new Area("/reports/**", Set.of(CALL_HANDLER, OFFICER, SUPERVISOR)),
            new Area("/cases/**", Set.of(OFFICER, SUPERVISOR)),
            new Area("/supervision/**", Set.of(SUPERVISOR)),
            new Area("/victim-care/**", Set.of(VICTIM_CARE, OFFICER, SUPERVISOR)),
            new Area("/audit/**", Set.of(AUDITOR)),
            new Area("/analysis/**", Set.of(ANALYST, SUPERVISOR)),
            new Area("/admin/**", Set.of(ADMINISTRATOR)));

    private PageAccess() {
    }
}
