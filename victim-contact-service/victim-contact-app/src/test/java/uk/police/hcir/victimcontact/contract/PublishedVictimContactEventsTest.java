package uk.police.hcir.victimcontact.contract;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.police.hcir.platform.testsupport.contract.PublishedEventContract;
import uk.police.hcir.victimcontact.events.ContactPreferencesChanged;
import uk.police.hcir.victimcontact.events.EnhancedRightsDetermined;
import uk.police.hcir.victimcontact.events.NeedsAssessed;
import uk.police.hcir.victimcontact.events.ReferralOutcomeRecorded;
import uk.police.hcir.victimcontact.events.UpdateBecameOverdue;
import uk.police.hcir.victimcontact.events.UpdateDue;
import uk.police.hcir.victimcontact.events.VictimContactEventContract;
import uk.police.hcir.victimcontact.events.VictimReferred;
import uk.police.hcir.victimcontact.events.VictimRegistered;
import uk.police.hcir.victimcontact.events.VictimUpdated;

class PublishedVictimContactEventsTest {

    static final String CASE = "8b2f4d6e-1c3a-4e5f-9a7b-0c1d2e3f4a5b";
    static final String VICTIM = "5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f";
    static final String ARREST_DUTY = "arrest-2f1e3d4c-5b6a-4789-8a0b-1c2d3e4f5a6b";

    @Test
    void everyPublishedVictimContactEventMatchesItsSchemaAndApprovedJson() {
        PublishedEventContract.of(VictimContactEventContract.EVENT_TYPES)
                .example(new VictimRegistered(CASE, VICTIM, false, "ADULT", "CONSENTS_TO_CONTACT", true, "PHONE"))
                .example(new EnhancedRightsDetermined(CASE, true, List.of("HATE_CRIME", "PERSISTENTLY_TARGETED"), 1,
                                                      null))
                .example(new NeedsAssessed(CASE, Map.of("feels-safe-at-home", "NO"), "SUPPORT_NEEDED", false))
                .example(new ContactPreferencesChanged(CASE, "PHONE", "sealed:v1:" + VICTIM + ":YWZ0ZXItNnBt",
                                                       "pl", true, null, 14))
                .example(new VictimReferred(CASE, CASE + "-R1", "VICTIM_SUPPORT", false))
                .example(new ReferralOutcomeRecorded(CASE, CASE + "-R1", "ACCEPTED", null))
                .example(new UpdateDue(CASE, ARREST_DUTY, "ARREST", Instant.parse("2026-12-01T00:00:00Z")))
                .example(new VictimUpdated(CASE, Instant.parse("2026-11-30T09:12:00Z"), "PHONE",
                                           "sealed:v1:" + VICTIM + ":dG9sZC1vZi1hcnJlc3Q=", List.of(ARREST_DUTY),
                                           List.of()))
                .example(new UpdateBecameOverdue(CASE, ARREST_DUTY, "ARREST", Instant.parse("2026-12-01T00:00:00Z")))
                .verify();
    }
}
