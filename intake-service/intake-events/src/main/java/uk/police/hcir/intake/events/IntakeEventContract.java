package uk.police.hcir.intake.events;

import java.util.List;

/** What intake-service publishes: the topic, the CloudEvents source, and every event type on it. */
public final class IntakeEventContract {

    public static final String TOPIC = "hcir.intake.v1";
    public static final String SOURCE = "/hcir/intake-service";
    public static final List<Class<? extends Record>> EVENT_TYPES = List.of(
            ReportReceived.class, ReportLinkedAsDuplicate.class, ReportNotDuplicate.class, ReportWithdrawn.class);

    private IntakeEventContract() {
    }
}
