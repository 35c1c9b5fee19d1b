package uk.police.hcir.platform.eventcontract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.api.Test;

class StableTypeNameJacksonSerializerTest {

    record SomethingHappened(String caseId, Instant at) {
        public static final String EVENT_TYPE = "uk.police.hcir.test.something-happened";
        public static final String REVISION = "3";
    }

    record NotInAnyContract(String value) {
    }

    private final EventTypeRegistry registry = new EventTypeRegistry(List.of(
            EventContract.producedHere("hcir.test.v1", "/hcir/test", List.of(SomethingHappened.class))));
    private final Serializer serializer = new EventContractAutoConfiguration().serializer(
            registry, new ContractRevisionResolver(registry));

    @Test
    void aContractEventIsStoredUnderItsStableNameAndRevisionAsJson() {
        SerializedObject<byte[]> serialized = serializer.serialize(
                new SomethingHappened("case-1", Instant.parse("2026-11-02T10:15:30Z")), byte[].class);

        assertThat(serialized.getType().getName()).isEqualTo("uk.police.hcir.test.something-happened");
        assertThat(serialized.getType().getRevision()).isEqualTo("3");
        assertThat(new String(serialized.getData(), StandardCharsets.UTF_8))
                .isEqualTo("{\"caseId\":\"case-1\",\"at\":\"2026-11-02T10:15:30Z\"}");
    }

    @Test
    void aStableNameIsReadBackIntoWhicheverClassNowDeclaresIt() {
        SimpleSerializedObject<byte[]> stored = new SimpleSerializedObject<>(
                "{\"caseId\":\"case-2\",\"at\":\"2026-11-02T10:15:30Z\",\"addedLater\":true}"
                        .getBytes(StandardCharsets.UTF_8),
                byte[].class, new SimpleSerializedType("uk.police.hcir.test.something-happened", "3"));

        Object event = serializer.deserialize(stored);

        assertThat(event).isEqualTo(new SomethingHappened("case-2", Instant.parse("2026-11-02T10:15:30Z")));
    }

    @Test
    void typesOutsideEveryContractKeepTheirClassName() {
        SerializedObject<byte[]> serialized = serializer.serialize(new NotInAnyContract("x"), byte[].class);

        assertThat(serialized.getType().getName()).isEqualTo(NotInAnyContract.class.getName());
        assertThat(serializer.<byte[], NotInAnyContract>deserialize(serialized)).isEqualTo(new NotInAnyContract("x"));
    }

    @Test
    void twoClassesCannotClaimTheSameTypeName() {
        record Impostor(String caseId) {
            public static final String EVENT_TYPE = "uk.police.hcir.test.something-happened";
            public static final String REVISION = "1";
        }
        assertThatThrownBy(() -> new EventTypeRegistry(List.of(
                EventContract.producedHere("hcir.test.v1", "/hcir/test", List.of(SomethingHappened.class)),
                EventContract.consumedHere("hcir.other.v1", "/hcir/other", List.of(Impostor.class)))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is declared by both");
    }
}
