package uk.police.hcir.victimcontact.config;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.police.hcir.victimcontact.calendar.WorkingDays;
import uk.police.hcir.victimcontact.care.command.VictimCareRules;

@Configuration
@EnableConfigurationProperties({WorkingDays.class, VictimCareRules.class})
class VictimCareConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
