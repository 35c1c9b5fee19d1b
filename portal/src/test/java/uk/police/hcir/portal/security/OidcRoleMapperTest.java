package uk.police.hcir.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

class OidcRoleMapperTest {

    private final OidcRoleMapper mapper = new OidcRoleMapper("roles", Map.of("HCIR-Supervisors", Role.SUPERVISOR));

    @Test
    void rolesNamedInTheClaimBecomeThePortalsRoles() {
        assertThat(rolesOf(mapper.mapAuthorities(List.of(idTokenWith(List.of("OFFICER", "auditor"))))))
                .containsExactlyInAnyOrder("ROLE_OFFICER", "ROLE_AUDITOR");
    }

    @Test
    void aRoleCanBeWrittenInLowerCaseWithHyphens() {
        assertThat(rolesOf(mapper.mapAuthorities(List.of(idTokenWith(List.of("call-handler", "victim-care"))))))
                .containsExactlyInAnyOrder("ROLE_CALL_HANDLER", "ROLE_VICTIM_CARE");
    }

    @Test
    void aConfiguredClaimValueMapsToItsRoleWhateverItsCase() {
        assertThat(rolesOf(mapper.mapAuthorities(List.of(idTokenWith(List.of("hcir-supervisors"))))))
                .containsExactly("ROLE_SUPERVISOR");
    }

    @Test
    void aClaimGivenAsOneStringIsSplitOnSpacesAndCommas() {
        assertThat(rolesOf(mapper.mapAuthorities(List.of(idTokenWith("ANALYST, administrator  OFFICER")))))
                .containsExactlyInAnyOrder("ROLE_ANALYST", "ROLE_ADMINISTRATOR", "ROLE_OFFICER");
    }

    @Test
    void valuesThatNameNoRoleGiveNoRole() {
        assertThat(rolesOf(mapper.mapAuthorities(List.of(idTokenWith(List.of("Everyone", "SUPER_USER"))))))
                .isEmpty();
    }

    @Test
    void withoutTheClaimThereAreNoRoles() {
        assertThat(rolesOf(mapper.mapAuthorities(List.of(idTokenWith(null))))).isEmpty();
    }

    @Test
    void theUserInfoClaimIsPreferredToTheIdTokens() {
        OidcUserAuthority authority = new OidcUserAuthority(
                token(Map.of("roles", List.of("OFFICER"))),
                new OidcUserInfo(Map.of("sub", "user-1", "roles", List.of("SUPERVISOR"))));

        assertThat(rolesOf(mapper.mapAuthorities(List.of(authority)))).containsExactly("ROLE_SUPERVISOR");
    }

    @Test
    void roleAuthoritiesFromAnywhereButTheClaimAreDroppedAndOthersKept() {
        Collection<? extends GrantedAuthority> mapped = mapper.mapAuthorities(List.of(
                idTokenWith(List.of("OFFICER")),
                new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"),
                new SimpleGrantedAuthority("SCOPE_openid")));

        assertThat(AuthorityUtils.authorityListToSet(mapped))
                .contains("ROLE_OFFICER", "SCOPE_openid")
                .doesNotContain("ROLE_ADMINISTRATOR");
    }

    private static OidcUserAuthority idTokenWith(Object roles) {
        Map<String, Object> claims = new HashMap<>();
        if (roles != null) {
            claims.put("roles", roles);
        }
        return new OidcUserAuthority(token(claims));
    }

    private static OidcIdToken token(Map<String, Object> extraClaims) {
        Map<String, Object> claims = new HashMap<>(extraClaims);
        claims.put("sub", "user-1");
        claims.put("iss", "https://login.example.police.uk");
        return new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(300), claims);
    }

    private static List<String> rolesOf(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_")).toList();
    }
}
