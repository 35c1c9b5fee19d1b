package uk.police.hcir.cases.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.police.hcir.intake.events.IntakeEventContract;
import uk.police.hcir.intake.events.ReportLinkedAsDuplicate;
import uk.police.hcir.intake.events.ReportReceived;
import uk.police.hcir.platform.testsupport.kafka.UpstreamTopic;

/** Publishes intake's events on hcir.intake.v1 as intake does: binary-mode CloudEvents keyed by case. */
public final class IntakeTopic extends UpstreamTopic {

    public IntakeTopic(String bootstrapServers) {
        super(bootstrapServers, IntakeEventContract.TOPIC, IntakeEventContract.SOURCE, "Report");
    }

    public static ReportReceived report(String reportId, String reference, String victim, String location,
                                        Instant receivedAt, List<String> strands) {
        return new ReportReceived(
                reportId, reference, "CONTROL_ROOM", receivedAt, "VICTIM",
                new ReportReceived.Incident(receivedAt.minusSeconds(3600), receivedAt.minusSeconds(3000), "Lakenham",
                                            location, null, null, null, false),
                new ReportReceived.Perception("ASKED", null, !strands.isEmpty(), strands.isEmpty() ? List.of()
                        : List.of("VICTIM"), strands, null),
                victim == null ? null : new ReportReceived.Victim(victim, false, "ADULT", false, null, null),
                0, List.of(), new ReportReceived.Consent("CONSENTS_TO_CONTACT", true), null, null);
    }

    public void publish(ReportReceived report, String correlationId) {
        send(report.reportId(), report, correlationId, UUID.randomUUID().toString());
    }

    public void publish(ReportLinkedAsDuplicate link) {
        send(link.reportId(), link, UUID.randomUUID().toString(), UUID.randomUUID().toString());
    }

    public void send(String key, Record event, String correlationId, String eventId) {
        send(key, event, correlationId, eventId, "ch-1001", "CALL_HANDLER");
    }
}
