package uk.police.hcir.cases.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.police.hcir.cases.events.CaseEventContract;
import uk.police.hcir.intake.events.IntakeEventContract;
import uk.police.hcir.platform.eventcontract.EventContract;

@Configuration
class CaseEventContractConfiguration {

    @Bean
    EventContract caseEvents() {
        return EventContract.producedHere(CaseEventContract.TOPIC, CaseEventContract.SOURCE,
                                          CaseEventContract.EVENT_TYPES);
    }

    @Bean
    EventContract intakeEvents() {
        return EventContract.consumedHere(IntakeEventContract.TOPIC, IntakeEventContract.SOURCE,
                                          IntakeEventContract.EVENT_TYPES);
    }
}
