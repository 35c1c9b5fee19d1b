package uk.police.hcir.platform.webapi;

import com.fasterxml.jackson.databind.DeserializationFeature;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The conventions of every HCIR HTTP API: each endpoint used only by the roles it declares, problem details for
 * every error, a limit on request bodies
 * ({@code hcir.web.max-request-bytes}, 256 KiB by default), and JSON read strictly: unknown fields and control
 * characters are refused rather than ignored.
 */
@AutoConfiguration(before = WebMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebApiAutoConfiguration {

    @Bean
    public WebMvcConfigurer declaredRoles() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new DeclaredRolesInterceptor());
            }
        };
    }

    @Bean
    public ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    @Bean
    public FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
            @Value("${hcir.web.max-request-bytes:262144}") long limit) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(limit));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    public StrictJsonModule strictJsonModule() {
        return new StrictJsonModule();
    }

    @Bean
    public Jackson2ObjectMapperBuilderCustomizer strictJson() {
        return builder -> builder.featuresToEnable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                                                   DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                                                   DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                                                   DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
}
