package uk.police.hcir.platform.eventcontract;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Objects;

/**
 * The stable name and revision of one event type, as declared by the event record itself.
 *
 * <p>Event records in the {@code *-events} modules depend on the JDK only, so they declare their contract
 * through two constants: {@code public static final String EVENT_TYPE} (a reverse-DNS name that never changes
 * when the class is moved or renamed) and {@code public static final String REVISION}.
 */
public record EventTypeDescriptor(String typeName, String revision, Class<?> javaType) {

    public static final String TYPE_FIELD = "EVENT_TYPE";
    public static final String REVISION_FIELD = "REVISION";

    public EventTypeDescriptor {
        Objects.requireNonNull(typeName, "typeName");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(javaType, "javaType");
    }

    /**
     * Reads the declared type name and revision of an event class.
     *
     * @throws IllegalArgumentException when the class does not declare both constants
     */
    public static EventTypeDescriptor of(Class<?> eventClass) {
        String typeName = constant(eventClass, TYPE_FIELD);
        String revision = constant(eventClass, REVISION_FIELD);
        if (!typeName.matches("[a-z][a-z0-9]*(\\.[a-z][a-z0-9-]*)+")) {
            throw new IllegalArgumentException(
                    eventClass.getName() + " declares " + TYPE_FIELD + " '" + typeName
                            + "', which is not a lower-case reverse-DNS name");
        }
        return new EventTypeDescriptor(typeName, revision, eventClass);
    }

    private static String constant(Class<?> eventClass, String name) {
        try {
            Field field = eventClass.getField(name);
            int modifiers = field.getModifiers();
            if (!Modifier.isStatic(modifiers) || !Modifier.isFinal(modifiers) || field.getType() != String.class) {
                throw new IllegalArgumentException(
                        eventClass.getName() + "." + name + " must be a public static final String");
            }
            field.trySetAccessible();
            return (String) field.get(null);
        } catch (NoSuchFieldException e) {
            throw new IllegalArgumentException(
                    eventClass.getName() + " is published but does not declare " + name, e);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
