package uk.police.hcir.portal.accounts;

import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import uk.police.hcir.portal.security.Role;

/** One demonstration account per role, named after the role: {@code call-handler}, {@code officer}, ... */
public final class DemoAccounts {

    private DemoAccounts() {
    }

    public static String usernameFor(Role role) {
        return role.slug();
    }

    static List<UserDetails> all(String passwordHash) {
        return Arrays.stream(Role.values())
                     .map(role -> User.withUsername(usernameFor(role))
                                      .password(passwordHash)
                                      .authorities(role.authority())
                                      .build())
                     .toList();
    }
}
