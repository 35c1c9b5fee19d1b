package uk.police.hcir.platform.eventcontract;

import java.util.List;
import java.util.Objects;

/**
 * The events one service publishes on its topic, as an application declares it: either the contract this
 * service produces, or a contract of another service that this service consumes.
 */
public record EventContract(String topic, String source, List<EventTypeDescriptor> eventTypes, Role role) {

    public enum Role { PRODUCED_HERE, CONSUMED_HERE }

    public EventContract {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(role, "role");
        eventTypes = List.copyOf(eventTypes);
    }

    public static EventContract producedHere(String topic, String source, List<? extends Class<?>> eventClasses) {
        return new EventContract(topic, source, describe(eventClasses), Role.PRODUCED_HERE);
    }

    public static EventContract consumedHere(String topic, String source, List<? extends Class<?>> eventClasses) {
        return new EventContract(topic, source, describe(eventClasses), Role.CONSUMED_HERE);
    }

    public boolean isProducedHere() {
        return role == Role.PRODUCED_HERE;
    }

    private static List<EventTypeDescriptor> describe(List<? extends Class<?>> eventClasses) {
        return eventClasses.stream().map(EventTypeDescriptor::of).toList();
    }
}
