package uk.police.hcir.portal.accounts;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import uk.police.hcir.portal.security.Role;

/**
 * Accounts the portal checks itself, for sign-in without an identity provider.
 *
 * @param accounts configured accounts, each with a password hash made by {@link PasswordHashing}
 * @param demo     one demonstration account per role, for a local run only
 */
@ConfigurationProperties("hcir.portal.local-accounts")
public record LocalAccountsProperties(List<Account> accounts, @DefaultValue Demo demo) {

    public LocalAccountsProperties {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    /**
     * @param passwordHash an encoded hash with its algorithm prefix, for example {@code {argon2}$argon2id$...}
     */
    public record Account(String username, String passwordHash, Set<Role> roles) {
    }

    /**
     * @param enabled  whether the demonstration accounts exist; never in production
     * @param password the password every demonstration account has
     */
    public record Demo(@DefaultValue("false") boolean enabled, @DefaultValue("hcir-demo-password") String password) {
    }
}
