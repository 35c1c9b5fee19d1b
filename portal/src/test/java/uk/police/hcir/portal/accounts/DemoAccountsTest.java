package uk.police.hcir.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import uk.police.hcir.portal.security.Role;

class DemoAccountsTest {

    private final ApplicationContextRunner portal = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SecurityAutoConfiguration.class))
            .withUserConfiguration(LocalAccountsConfiguration.class);

    @Test
    void thereAreNoDemoAccountsUnlessTheyAreAskedFor() {
        portal.run(context -> {
            InMemoryUserDetailsManager accounts = context.getBean(InMemoryUserDetailsManager.class);
            for (Role role : Role.values()) {
                assertThat(accounts.userExists(DemoAccounts.usernameFor(role))).isFalse();
            }
        });
    }

    @Test
    void askedForThereIsOneDemoAccountPerRoleWithTheDemoPassword() {
        portal.withPropertyValues("hcir.portal.local-accounts.demo.enabled=true").run(context -> {
            InMemoryUserDetailsManager accounts = context.getBean(InMemoryUserDetailsManager.class);
            PasswordEncoder encoder = context.getBean(PasswordEncoder.class);
            for (Role role : Role.values()) {
                var account = accounts.loadUserByUsername(DemoAccounts.usernameFor(role));
                assertThat(account.getAuthorities()).extracting(Object::toString).containsExactly(role.authority());
                assertThat(encoder.matches("hcir-demo-password", account.getPassword())).isTrue();
            }
        });
    }

    @Test
    void configuredAccountsSignInWithTheirHashAndRoles() {
        String hash = PasswordHashing.encoder().encode("a long configured password");
        portal.withPropertyValues("hcir.portal.local-accounts.accounts[0].username=pc-4711",
                                  "hcir.portal.local-accounts.accounts[0].password-hash=" + hash,
                                  "hcir.portal.local-accounts.accounts[0].roles=OFFICER,SUPERVISOR")
              .run(context -> {
                  var account = context.getBean(InMemoryUserDetailsManager.class).loadUserByUsername("pc-4711");
                  assertThat(context.getBean(PasswordEncoder.class)
                                    .matches("a long configured password", account.getPassword())).isTrue();
                  assertThat(account.getAuthorities()).extracting(Object::toString)
                                                      .containsExactlyInAnyOrderElementsOf(
                                                              List.of("ROLE_OFFICER", "ROLE_SUPERVISOR"));
              });
    }
}
