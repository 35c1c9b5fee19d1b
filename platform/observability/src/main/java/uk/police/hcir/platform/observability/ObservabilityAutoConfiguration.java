package uk.police.hcir.platform.observability;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.metrics.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Lets the metrics scraper in without a signed-in user, in applications that protect everything else with a filter
 * chain of their own (the health probes are left to the application's own rules, which must let them through).
 * Deployments keep the scrape off the public address by serving the actuator on its own port
 * ({@code management.server.port}).
 */
@AutoConfiguration(before = SecurityAutoConfiguration.class)
public class ObservabilityAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass({SecurityFilterChain.class, HttpSecurity.class})
    @ConditionalOnBean(SecurityFilterChain.class)
    static class ScrapeAccess {

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        SecurityFilterChain prometheusScrapeFilterChain(HttpSecurity http) throws Exception {
            return http.securityMatcher(EndpointRequest.to(PrometheusScrapeEndpoint.class))
                       .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                       .requestCache(cache -> cache.disable())
                       .securityContext(context -> context.disable())
                       .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                       .build();
        }
    }
}
