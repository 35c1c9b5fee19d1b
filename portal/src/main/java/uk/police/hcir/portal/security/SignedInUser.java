package uk.police.hcir.portal.security;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The person using the portal: a stable id (sent to the services as the acting user), a name to show, and roles.
 */
public record SignedInUser(String id, String displayName, Set<Role> roles) {

    public SignedInUser {
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public static Optional<SignedInUser> from(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            Role.fromAuthority(authority.getAuthority()).ifPresent(roles::add);
        }
        if (authentication.getPrincipal() instanceof OidcUser oidcUser) {
            String id = firstPresent(oidcUser.getPreferredUsername(), oidcUser.getSubject());
            return Optional.of(new SignedInUser(id, firstPresent(oidcUser.getFullName(), id), roles));
        }
        return Optional.of(new SignedInUser(authentication.getName(), authentication.getName(), roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The role the user acts in when a page does not say: the first they hold, in the order roles are declared. */
    public Optional<Role> primaryRole() {
        return roles.stream().findFirst();
    }

    private static String firstPresent(String preferred, String fallback) {
        return preferred == null || preferred.isBlank() ? fallback : preferred;
    }
}
