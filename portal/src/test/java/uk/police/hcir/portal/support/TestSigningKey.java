package uk.police.hcir.portal.support;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import uk.police.hcir.platform.servicetoken.ServiceTokenKeys;

/** Gives every portal started by a test a service token signing key of its own, as a deployment is given one. */
public class TestSigningKey implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String KEY = ServiceTokenKeys.privateKeyPem(ServiceTokenKeys.generate());

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!context.getEnvironment().containsProperty("hcir.portal.service-token.signing-key")) {
            context.getEnvironment().getPropertySources().addLast(new MapPropertySource(
                    "test-service-token-signing-key", Map.of("hcir.portal.service-token.signing-key", KEY)));
        }
    }
}
