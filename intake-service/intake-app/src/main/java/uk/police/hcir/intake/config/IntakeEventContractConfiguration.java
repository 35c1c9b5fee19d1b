package uk.police.hcir.intake.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.police.hcir.intake.events.IntakeEventContract;
import uk.police.hcir.platform.eventcontract.EventContract;

@Configuration
class IntakeEventContractConfiguration {

    @Bean
    EventContract intakeEvents() {
        return EventContract.producedHere(IntakeEventContract.TOPIC, IntakeEventContract.SOURCE,
                                          IntakeEventContract.EVENT_TYPES);
    }
}
