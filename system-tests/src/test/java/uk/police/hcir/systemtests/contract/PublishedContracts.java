package uk.police.hcir.systemtests.contract;

import java.util.List;
import uk.police.hcir.cases.events.CaseEventContract;
import uk.police.hcir.intake.events.IntakeEventContract;
import uk.police.hcir.platform.eventcontract.EventContract;
import uk.police.hcir.victimcontact.events.VictimContactEventContract;

/** Every topic HCIR publishes, with the producing service and its event types. */
final class PublishedContracts {

    private PublishedContracts() {
    }

    static List<EventContract> all() {
        return List.of(
                EventContract.producedHere(IntakeEventContract.TOPIC, IntakeEventContract.SOURCE,
                                           IntakeEventContract.EVENT_TYPES),
                EventContract.producedHere(CaseEventContract.TOPIC, CaseEventContract.SOURCE,
                                           CaseEventContract.EVENT_TYPES),
                EventContract.producedHere(VictimContactEventContract.TOPIC, VictimContactEventContract.SOURCE,
                                           VictimContactEventContract.EVENT_TYPES));
    }
}
