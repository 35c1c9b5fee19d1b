package uk.police.hcir.platform.eventcontract;

import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Axon's Jackson serializer, writing contract events under their stable type names instead of Java class names,
 * so that the event store and the topics survive a class being moved or renamed.
 */
public class StableTypeNameJacksonSerializer extends JacksonSerializer {

    private final EventTypeRegistry registry;

    public StableTypeNameJacksonSerializer(JacksonSerializer.Builder builder, EventTypeRegistry registry) {
        super(builder);
        this.registry = registry;
    }

    @Override
    public SerializedType typeForClass(Class type) {
        if (type == null) {
            return super.typeForClass(null);
        }
        return registry.describe(type)
                       .<SerializedType>map(d -> new SimpleSerializedType(d.typeName(), d.revision()))
                       .orElseGet(() -> super.typeForClass(type));
    }

    @Override
    protected String resolveClassName(SerializedType serializedType) {
        return registry.forTypeName(serializedType.getName())
                       .map(d -> d.javaType().getName())
                       .orElseGet(() -> super.resolveClassName(serializedType));
    }
}
