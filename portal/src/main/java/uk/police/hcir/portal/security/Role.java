package uk.police.hcir.portal.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a person signed in to the portal may do; each role has its own home page. */
public enum Role {

    CALL_HANDLER("Call handler"),
    OFFICER("Officer"),
    SUPERVISOR("Supervisor"),
    VICTIM_CARE("Victim care"),
    AUDITOR("Auditor"),
    ANALYST("Analyst"),
    ADMINISTRATOR("Administrator");

    private static final String AUTHORITY_PREFIX = "ROLE_";

    private final String title;

    Role(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The role's name in paths: {@code CALL_HANDLER} is {@code call-handler}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String homePath() {
        return "/home/" + slug();
    }

    public String authority() {
        return AUTHORITY_PREFIX + name();
    }

    public static Optional<Role> fromSlug(String slug) {
        return Arrays.stream(values()).filter(role -> role.slug().equals(slug)).findFirst();
    }

    public static Optional<Role> fromAuthority(String authority) {
        if (authority == null || !authority.startsWith(AUTHORITY_PREFIX)) {
            return Optional.empty();
        }
        String name = authority.substring(AUTHORITY_PREFIX.length());
        return Arrays.stream(values()).filter(role -> role.name().equals(name)).findFirst();
    }

    /** A role named in an identity provider's claim: {@code officer}, {@code OFFICER} or {@code call-handler}. */
    public static Optional<Role> fromClaimValue(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String normalised = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(role -> role.name().equals(normalised)).findFirst();
    }
}
