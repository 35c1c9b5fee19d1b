package uk.police.hcir.reporting.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.police.hcir.cases.events.CaseEventContract;
import uk.police.hcir.intake.events.IntakeEventContract;
import uk.police.hcir.platform.eventcontract.EventContract;
import uk.police.hcir.victimcontact.events.VictimContactEventContract;

/** reporting-service reads every service's published events and publishes none of its own. */
@Configuration
class ConsumedEventContractsConfiguration {

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

    @Bean
    EventContract victimContactEvents() {
        return EventContract.consumedHere(VictimContactEventContract.TOPIC, VictimContactEventContract.SOURCE,
                                          VictimContactEventContract.EVENT_TYPES);
    }
}
