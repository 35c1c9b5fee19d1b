package uk.police.hcir.platform.eventcontract;

import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.RevisionResolver;

/** The revision a contract event declares; other types fall back to Axon's {@code @Revision} annotation. */
public class ContractRevisionResolver implements RevisionResolver {

    private final EventTypeRegistry registry;
    private final RevisionResolver fallback = new AnnotationRevisionResolver();

    public ContractRevisionResolver(EventTypeRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String revisionOf(Class<?> payloadType) {
        return registry.describe(payloadType)
                       .map(EventTypeDescriptor::revision)
                       .orElseGet(() -> fallback.revisionOf(payloadType));
    }
}
