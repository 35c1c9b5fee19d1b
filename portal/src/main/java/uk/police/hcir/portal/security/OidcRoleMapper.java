package uk.police.hcir.portal.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/**
 * Gives a person signed in through OpenID Connect the roles named in one claim of their ID token or user info.
 * A claim may be a list or a string of values separated by spaces or commas; a value names a role directly
 * ({@code OFFICER}, {@code officer}, {@code call-handler}) or through the configured table. Values that name no
 * role give nothing, and no role can come from anywhere but that claim.
 */
public final class OidcRoleMapper implements GrantedAuthoritiesMapper {

    private final String claim;
    private final Map<String, Role> namedValues;

    public OidcRoleMapper(String claim, Map<String, Role> namedValues) {
        this.claim = claim;
        this.namedValues = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        this.namedValues.putAll(namedValues);
    }

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        Set<GrantedAuthority> mapped = new LinkedHashSet<>();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authorities) {
            if (authority instanceof OidcUserAuthority oidc) {
                Object claimed = oidc.getUserInfo() != null && oidc.getUserInfo().hasClaim(claim)
                        ? oidc.getUserInfo().getClaims().get(claim)
                        : oidc.getIdToken().getClaims().get(claim);
                for (String value : valuesOf(claimed)) {
                    roleFor(value).ifPresent(roles::add);
                }
            }
            if (!authority.getAuthority().startsWith("ROLE_")) {
                mapped.add(authority);
            }
        }
        roles.forEach(role -> mapped.add(new SimpleGrantedAuthority(role.authority())));
        return mapped;
    }

    private Optional<Role> roleFor(String value) {
        Role named = namedValues.get(value);
        return named != null ? Optional.of(named) : Role.fromClaimValue(value);
    }

    private static List<String> valuesOf(Object claimed) {
        List<String> values = new ArrayList<>();
        if (claimed instanceof Collection<?> collection) {
            for (Object item : collection) {
                if (item != null && !item.toString().isBlank()) {
                    values.add(item.toString().trim());
                }
            }
        } else if (claimed instanceof String text) {
            for (String part : text.split("[,\\s]+")) {
                if (!part.isBlank()) {
                    values.add(part.trim());
                }
            }
        }
        return values;
    }
}
