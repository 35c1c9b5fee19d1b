package uk.police.hcir.victimcontact.events;

import java.util.List;

/** What victim-contact-service publishes: the topic, the CloudEvents source, and every event type on it. */
public final class VictimContactEventContract {

    public static final String TOPIC = "hcir.victim-contact.v1";
    public static final String SOURCE = "/hcir/victim-contact-service";
    public static final List<Class<? extends Record>> EVENT_TYPES = List.of(
            VictimRegistered.class, EnhancedRightsDetermined.class, NeedsAssessed.class,
            ContactPreferencesChanged.class, VictimReferred.class, ReferralOutcomeRecorded.class, UpdateDue.class,
            VictimUpdated.class, UpdateBecameOverdue.class);

    private VictimContactEventContract() {
    }
}
