package uk.police.hcir.intake.contract;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.police.hcir.intake.events.IntakeEventContract;
import uk.police.hcir.intake.events.ReportReceived;
import uk.police.hcir.platform.testsupport.contract.PublishedEventContract;

class PublishedIntakeEventsTest {

    @Test
    void everyPublishedIntakeEventMatchesItsSchemaAndApprovedJson() {
        PublishedEventContract.of(IntakeEventContract.EVENT_TYPES)
                              .example(new ReportReceived("8b2f4d6e-1c3a-4e5f-9a7b-0c1d2e3f4a5b", "HC-2026-000042",
                                                          "CONTROL_ROOM", Instant.parse("2026-11-02T10:15:30Z")))
                              .verify();
    }
}
