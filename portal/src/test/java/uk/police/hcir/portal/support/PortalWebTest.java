package uk.police.hcir.portal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import uk.police.hcir.portal.accounts.LocalAccountsConfiguration;
import uk.police.hcir.portal.security.SecurityConfiguration;
import uk.police.hcir.portal.signin.SignInFailureHandler;
import uk.police.hcir.portal.web.Display;

/**
 * The portal's controllers behind its real security configuration and local accounts, with the demonstration
 * accounts on; extend {@link PortalWebTestSupport} for the beans the controllers need.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
@Import({SecurityConfiguration.class, LocalAccountsConfiguration.class, SignInFailureHandler.class, Display.class})
@TestPropertySource(properties = "hcir.portal.local-accounts.demo.enabled=true")
public @interface PortalWebTest {
}
