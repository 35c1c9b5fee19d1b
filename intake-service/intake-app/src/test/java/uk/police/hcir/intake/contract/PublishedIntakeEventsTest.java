package uk.police.hcir.intake.contract;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.police.hcir.intake.events.IntakeEventContract;
import uk.police.hcir.intake.events.ReportLinkedAsDuplicate;
import uk.police.hcir.intake.events.ReportNotDuplicate;
import uk.police.hcir.intake.events.ReportReceived;
import uk.police.hcir.intake.events.ReportWithdrawn;
import uk.police.hcir.platform.testsupport.contract.PublishedEventContract;

class PublishedIntakeEventsTest {

    static final String REPORT = "8b2f4d6e-1c3a-4e5f-9a7b-0c1d2e3f4a5b";
    static final String EARLIER_REPORT = "3c9a1b2d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    static final String VICTIM = "5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f";
    static final String NARRATIVE = "6e7f8091-a2b3-4c4d-9e5f-6a7b8c9d0e1f";

    static ReportReceived reportReceived() {
        return new ReportReceived(
                REPORT, "HC-2026-000042", "CONTROL_ROOM", Instant.parse("2026-11-02T10:15:30Z"), "VICTIM",
                new ReportReceived.Incident(
                        Instant.parse("2026-11-02T08:40:00Z"), Instant.parse("2026-11-02T08:55:00Z"),
                        "Norwich City Centre",
                        "5f0c6e1a9b8d7c6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e",
                        "sealed:v1:" + NARRATIVE + ":bG9jYXRpb24tY2lwaGVydGV4dA==",
                        "sealed:v1:" + NARRATIVE + ":d2hhdC1oYXBwZW5lZC1jaXBoZXJ0ZXh0",
                        "sealed:v1:" + NARRATIVE + ":d29yZHMtdXNlZC1jaXBoZXJ0ZXh0",
                        false),
                new ReportReceived.Perception("ASKED", null, true, List.of("VICTIM"), List.of("RELIGION", "RACE"),
                                              "sealed:v1:" + NARRATIVE + ":b3duLXdvcmRzLWNpcGhlcnRleHQ="),
                new ReportReceived.Victim(VICTIM, false, "ADULT", false,
                                          new ReportReceived.ContactPreferences(
                                                  "PHONE", "sealed:v1:" + VICTIM + ":dGltZXMtY2lwaGVydGV4dA==", "en",
                                                  false, null),
                                          "sealed:v1:" + VICTIM + ":Y29udGFjdC1jaXBoZXJ0ZXh0"),
                1, List.of("CCTV", "WITNESSES"),
                new ReportReceived.Consent("CONSENTS_TO_CONTACT", true),
                new ReportReceived.Thrive("MEDIUM", "MEDIUM", "HIGH", "MEDIUM", "HIGH", "MEDIUM", "PRIORITY"),
                null);
    }

    @Test
    void everyPublishedIntakeEventMatchesItsSchemaAndApprovedJson() {
        PublishedEventContract.of(IntakeEventContract.EVENT_TYPES)
                              .example(reportReceived())
                              .example(new ReportLinkedAsDuplicate(REPORT, EARLIER_REPORT, 0.8275,
                                                                   "Same incident reported online and by a centre"))
                              .example(new ReportNotDuplicate(REPORT, EARLIER_REPORT, 0.61,
                                                              "Same victim, but a week apart: repeat victimisation"))
                              .example(new ReportWithdrawn(REPORT, "The victim asked to withdraw the report"))
                              .verify();
    }
}
