package uk.police.hcir.portal.security;

import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.util.LinkedHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.DelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Who may open what, how people sign in and out, and the headers every response carries.
 *
 * <p>Every page needs a signed-in user except the sign-in page, the error page, static files and the health
 * probes and the public pages; each role's home page is for that role alone, and each area of pages for the
 * roles {@link PageAccess} names.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(SignInProperties.class)
public class SecurityConfiguration {

    public static final String SIGN_IN_PATH = "/sign-in";
    public static final String SIGN_OUT_PATH = "/sign-out";
    public static final String SIGNED_OUT_PATH = SIGN_IN_PATH + "?signed-out";
    public static final String SESSION_ENDED_PATH = SIGN_IN_PATH + "?session-ended";

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, SignInProperties signIn,
                                       AuthenticationFailureHandler signInFailureHandler,
                                       ObjectProvider<ClientRegistrationRepository> clientRegistrations)
            throws Exception {
        http.authorizeHttpRequests(requests -> {
            requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
            requests.requestMatchers(SIGN_IN_PATH, "/error", "/webjars/**", "/assets/**", "/css/**", "/js/**",
                                     "/favicon.svg", "/favicon.ico", "/actuator/health", "/actuator/health/**")
                    .permitAll();
            for (Role role : Role.values()) {
                requests.requestMatchers(role.homePath()).hasRole(role.name());
            }
            requests.requestMatchers(PageAccess.PUBLIC_PAGES.toArray(String[]::new)).permitAll();
            for (PageAccess.Area area : PageAccess.AREAS) {
                requests.requestMatchers(area.pattern())
                        .hasAnyRole(area.roles().stream().map(Role::name).toArray(String[]::new));
            }
            requests.anyRequest().authenticated();
        });

        String formActionOrigin = "";
        if (signIn.oidcEnabled()) {
            ClientRegistrationRepository registrations = clientRegistrations.getObject();
            ClientRegistration registration = registrations.findByRegistrationId(signIn.oidc().registrationId());
            if (registration == null) {
                throw new IllegalStateException("Sign-in through OpenID Connect needs the client registration "
                                                        + "spring.security.oauth2.client.registration."
                                                        + signIn.oidc().registrationId());
            }
            formActionOrigin = originOf(registration.getProviderDetails().getIssuerUri());
            OidcClientInitiatedLogoutSuccessHandler signedOut =
                    new OidcClientInitiatedLogoutSuccessHandler(registrations);
            signedOut.setPostLogoutRedirectUri("{baseUrl}" + SIGNED_OUT_PATH);
            http.oauth2Login(oidc -> oidc
                        .loginPage(SIGN_IN_PATH)
                        .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(
                                new OidcRoleMapper(signIn.oidc().rolesClaim(), signIn.oidc().roleValues()))))
                .logout(signOut -> signOut.logoutSuccessHandler(signedOut));
        } else {
            http.formLogin(form -> form
                    .loginPage(SIGN_IN_PATH)
                    .loginProcessingUrl(SIGN_IN_PATH)
                    .defaultSuccessUrl("/", false)
                    .failureHandler(signInFailureHandler))
                .logout(signOut -> signOut.logoutSuccessUrl(SIGNED_OUT_PATH));
        }

        String policy = formActionOrigin.isEmpty()
                ? CONTENT_SECURITY_POLICY
                : CONTENT_SECURITY_POLICY + " " + formActionOrigin;
        http.logout(signOut -> signOut
                    .logoutUrl(SIGN_OUT_PATH)
                    .invalidateHttpSession(true)
                    .clearAuthentication(true)
                    .deleteCookies("JSESSIONID"))
            .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
            .exceptionHandling(failures -> failures.accessDeniedHandler(accessDeniedHandler()))
            .headers(headers -> headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                    .frameOptions(frames -> frames.deny())
                    .contentTypeOptions(contentType -> { })
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                    .crossOriginOpenerPolicy(opener -> opener.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
                    .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                                                             "camera=(), microphone=(), geolocation=(), payment=()")));
        return http.build();
    }

    /**
     * A form sent with a missing or stale CSRF token almost always comes from a page left open until its session
     * ended: ask the person to sign in again rather than tell them they are not allowed.
     */
    private static AccessDeniedHandler accessDeniedHandler() {
        LinkedHashMap<Class<? extends AccessDeniedException>, AccessDeniedHandler> handlers = new LinkedHashMap<>();
        handlers.put(CsrfException.class, (request, response, denied) ->
                response.sendRedirect(request.getContextPath() + SESSION_ENDED_PATH));
        return new DelegatingAccessDeniedHandler(handlers, new AccessDeniedHandlerImpl());
    }

    private static String originOf(String uri) {
        if (uri == null || uri.isBlank()) {
            return "";
        }
        URI parsed = URI.create(uri);
        return parsed.getScheme() + "://" + parsed.getAuthority();
    }
}
