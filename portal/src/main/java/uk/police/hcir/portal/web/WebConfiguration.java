package uk.police.hcir.portal.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

/**
 * Serves GOV.UK Frontend's fonts and images at {@code /assets/}, where its stylesheet expects them; its CSS and
 * JavaScript are served from {@code /webjars/govuk-frontend/} without a version in the path.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private static final String GOVUK_FRONTEND = "govuk-frontend";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String version = new WebJarVersionLocator().version(GOVUK_FRONTEND);
        if (version == null) {
            throw new IllegalStateException("The " + GOVUK_FRONTEND + " webjar is not on the classpath");
        }
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/" + GOVUK_FRONTEND + "/" + version
                                              + "/dist/govuk/assets/");
    }
}
