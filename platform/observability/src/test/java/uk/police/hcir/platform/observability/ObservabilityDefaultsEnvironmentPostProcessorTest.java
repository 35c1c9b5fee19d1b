package uk.police.hcir.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ObservabilityDefaultsEnvironmentPostProcessorTest {

    private static final String EXPOSURE = "management.endpoints.web.exposure.include";

    @Test
    void theObservabilityDefaultsWinOverOtherPlatformDefaults() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new MapPropertySource("hcir-defaults:axon-postgres.properties",
                                                                       Map.of(EXPOSURE, "health,info")));

        new ObservabilityDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty(EXPOSURE)).isEqualTo("health,info,metrics,prometheus");
    }

    @Test
    void theApplicationsOwnSettingsWinOverTheObservabilityDefaults() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application",
                                                                        Map.of(EXPOSURE, "health")));

        new ObservabilityDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty(EXPOSURE)).isEqualTo("health");
        assertThat(environment.getProperty("management.tracing.sampling.probability")).isEqualTo("1.0");
    }
}
