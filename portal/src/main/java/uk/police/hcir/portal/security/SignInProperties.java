package uk.police.hcir.portal.security;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How people sign in: with local accounts (a username and password the portal checks), or through the force's
 * identity provider with OpenID Connect, which is configuration only.
 *
 * @param method how people sign in
 * @param oidc   the identity provider's settings, used when {@code method} is {@code OIDC}
 */
@ConfigurationProperties("hcir.portal.sign-in")
public record SignInProperties(@DefaultValue("LOCAL") Method method, @DefaultValue Oidc oidc) {

    public enum Method { LOCAL, OIDC }

    /**
     * @param registrationId the {@code spring.security.oauth2.client.registration.<id>} to sign in with
     * @param rolesClaim     the ID token or user info claim that lists the user's roles
     * @param roleValues     claim values that name a role differently from the role itself (for example a group
     *                       {@code HCIR-Officers} for {@code OFFICER}); a value equal to a role's name needs no entry
     */
    public record Oidc(@DefaultValue("hcir") String registrationId,
                       @DefaultValue("roles") String rolesClaim,
                       Map<String, Role> roleValues) {

        public Oidc {
            roleValues = roleValues == null ? Map.of() : Map.copyOf(roleValues);
        }
    }

    public boolean oidcEnabled() {
        return method == Method.OIDC;
    }
}
