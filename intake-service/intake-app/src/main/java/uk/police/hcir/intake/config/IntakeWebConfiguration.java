package uk.police.hcir.intake.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import uk.police.hcir.intake.duplicates.DuplicateRules;
import uk.police.hcir.intake.partner.PartnerAuthenticationFilter;
import uk.police.hcir.intake.partner.PartnerCentreProperties;
import uk.police.hcir.intake.partner.PartnerCentres;
import uk.police.hcir.intake.strands.StrandCatalogue;

@Configuration
@EnableConfigurationProperties({StrandCatalogue.class, PartnerCentreProperties.class, DuplicateRules.class})
class IntakeWebConfiguration {

    @Bean
    FilterRegistrationBean<PartnerAuthenticationFilter> partnerAuthentication(PartnerCentres centres) {
        FilterRegistrationBean<PartnerAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new PartnerAuthenticationFilter(centres));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }
}
