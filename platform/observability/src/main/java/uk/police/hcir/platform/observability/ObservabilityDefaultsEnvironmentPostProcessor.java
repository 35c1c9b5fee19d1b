package uk.police.hcir.platform.observability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Properties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * Adds the observability defaults in {@code META-INF/hcir/observability/*.properties} below the application's own
 * configuration but above the other platform starters' defaults, so that, for example, the actuator endpoints exposed
 * include the Prometheus scrape whichever starters an application has.
 */
public class ObservabilityDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String LOCATION = "classpath*:META-INF/hcir/observability/*.properties";
    static final String SOURCE_PREFIX = "hcir-observability-defaults:";
    private static final String PLATFORM_DEFAULTS_PREFIX = "hcir-defaults:";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver(application.getClassLoader())
                    .getResources(LOCATION);
            Arrays.sort(resources, Comparator.comparing(Resource::getDescription));
            MutablePropertySources sources = environment.getPropertySources();
            for (Resource resource : resources) {
                Properties defaults = PropertiesLoaderUtils.loadProperties(resource);
                PropertiesPropertySource source =
                        new PropertiesPropertySource(SOURCE_PREFIX + resource.getFilename(), defaults);
                String firstPlatformDefaults = sources.stream()
                                                      .map(PropertySource::getName)
                                                      .filter(name -> name.startsWith(PLATFORM_DEFAULTS_PREFIX))
                                                      .findFirst()
                                                      .orElse(null);
                if (firstPlatformDefaults == null) {
                    sources.addLast(source);
                } else {
                    sources.addBefore(firstPlatformDefaults, source);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the observability defaults", e);
        }
    }
}
