package uk.police.hcir.victimcontact.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.police.hcir.cases.events.CaseEventContract;
import uk.police.hcir.intake.events.IntakeEventContract;
import uk.police.hcir.platform.eventcontract.EventContract;
import uk.police.hcir.victimcontact.events.VictimContactEventContract;

@Configuration
class VictimContactEventContractConfiguration {

    @Bean
    EventContract victimContactEvents() {
        return EventContract.producedHere(VictimContactEventContract.TOPIC, VictimContactEventContract.SOURCE,
                                          VictimContactEventContract.EVENT_TYPES);
    }

    @Bean
    EventContract intakeEvents() {
        return EventContract.consumedHere(IntakeEventContract.TOPIC, IntakeEventContract.SOURCE,
                                          IntakeEventContract.EVENT_TYPES);
    }

    @Bean
    EventContract caseEvents() {
        return EventContract.consumedHere(CaseEventContract.TOPIC, CaseEventContract.SOURCE,
                                          CaseEventContract.EVENT_TYPES);
    }
}
