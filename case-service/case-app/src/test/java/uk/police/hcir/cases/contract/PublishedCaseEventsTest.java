package uk.police.hcir.cases.contract;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.police.hcir.cases.events.CaseEventContract;
import uk.police.hcir.cases.events.CaseOpened;
import uk.police.hcir.platform.testsupport.contract.PublishedEventContract;

class PublishedCaseEventsTest {

    @Test
    void everyPublishedCaseEventMatchesItsSchemaAndApprovedJson() {
        PublishedEventContract.of(CaseEventContract.EVENT_TYPES)
                              .example(new CaseOpened("8b2f4d6e-1c3a-4e5f-9a7b-0c1d2e3f4a5b", "HC-2026-000042",
                                                      Instant.parse("2026-11-02T10:15:31Z")))
                              .verify();
    }
}
