package uk.police.hcir.platform.eventcontract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Properties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * Adds the defaults each platform starter ships in {@code META-INF/hcir/defaults/*.properties}, below every other
 * property source, so a service gets a correct configuration without repeating it and can still override any of it.
 */
public class PlatformDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String LOCATION = "classpath*:META-INF/hcir/defaults/*.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver(application.getClassLoader())
                    .getResources(LOCATION);
            Arrays.sort(resources, Comparator.comparing(Resource::getDescription));
            for (Resource resource : resources) {
                Properties defaults = PropertiesLoaderUtils.loadProperties(resource);
                environment.getPropertySources()
                           .addLast(new PropertiesPropertySource("hcir-defaults:" + resource.getFilename(), defaults));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the platform defaults", e);
        }
    }
}
