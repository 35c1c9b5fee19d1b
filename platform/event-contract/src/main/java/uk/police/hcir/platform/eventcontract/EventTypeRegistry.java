package uk.police.hcir.platform.eventcontract;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every event type this service knows by its stable name: the ones it produces and the ones it consumes.
 * Types that no contract names (internal events, tokens, sagas) keep their Java class name.
 */
public final class EventTypeRegistry {

    private final Map<Class<?>, EventTypeDescriptor> byClass = new HashMap<>();
    private final Map<String, EventTypeDescriptor> byName = new HashMap<>();
    private final Map<Class<?>, EventContract> contractByClass = new HashMap<>();
    private final List<EventContract> contracts;

    public EventTypeRegistry(Collection<EventContract> contracts) {
        this.contracts = List.copyOf(contracts);
        for (EventContract contract : contracts) {
            for (EventTypeDescriptor type : contract.eventTypes()) {
                EventTypeDescriptor earlier = byName.putIfAbsent(type.typeName(), type);
                if (earlier != null && !earlier.javaType().equals(type.javaType())) {
                    throw new IllegalStateException("Event type name " + type.typeName() + " is declared by both "
                            + earlier.javaType().getName() + " and " + type.javaType().getName());
                }
                byClass.put(type.javaType(), type);
                contractByClass.put(type.javaType(), contract);
            }
        }
    }

    public Optional<EventTypeDescriptor> describe(Class<?> javaType) {
        return Optional.ofNullable(byClass.get(javaType));
    }

    public Optional<EventTypeDescriptor> forTypeName(String typeName) {
        return Optional.ofNullable(byName.get(typeName));
    }

    /** The contract, produced here or consumed here, that the given event class belongs to. */
    public Optional<EventContract> contractOf(Class<?> javaType) {
        return Optional.ofNullable(contractByClass.get(javaType));
    }

    /** The contract under which this service publishes the given event class, if it publishes it at all. */
    public Optional<EventContract> publishingContractOf(Class<?> javaType) {
        return contractOf(javaType).filter(EventContract::isProducedHere);
    }

    public List<EventContract> contracts() {
        return contracts;
    }
}
