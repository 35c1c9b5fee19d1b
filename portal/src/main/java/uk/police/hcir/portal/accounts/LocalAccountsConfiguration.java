package uk.police.hcir.portal.accounts;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import uk.police.hcir.portal.security.Role;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LocalAccountsProperties.class)
public class LocalAccountsConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(LocalAccountsConfiguration.class);

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordHashing.encoder();
    }

    @Bean
    InMemoryUserDetailsManager localAccounts(LocalAccountsProperties properties, PasswordEncoder passwordEncoder) {
        List<UserDetails> accounts = new ArrayList<>();
        for (LocalAccountsProperties.Account account : properties.accounts()) {
            accounts.add(User.withUsername(account.username())
                             .password(account.passwordHash())
                             .authorities(account.roles().stream().map(Role::authority).toArray(String[]::new))
                             .build());
        }
        if (properties.demo().enabled()) {
            LOG.warn("Demonstration accounts are enabled, one per role, all with the same known password: "
                             + "never enable them where real data is held");
            accounts.addAll(DemoAccounts.all(passwordEncoder.encode(properties.demo().password())));
        }
        return new InMemoryUserDetailsManager(accounts);
    }
}
