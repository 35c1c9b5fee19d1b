package uk.police.hcir.platform.eventcontract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EventTypeDescriptorTest {

    record WellDeclared(String id) {
        public static final String EVENT_TYPE = "uk.police.hcir.test.well-declared";
        public static final String REVISION = "2";
    }

    record WithoutRevision(String id) {
        public static final String EVENT_TYPE = "uk.police.hcir.test.without-revision";
    }

    record WithClassNameAsType(String id) {
        public static final String EVENT_TYPE = "uk.police.hcir.Test.WithClassNameAsType";
        public static final String REVISION = "1";
    }

    @Test
    void readsTheTypeNameAndRevisionAnEventDeclares() {
        EventTypeDescriptor descriptor = EventTypeDescriptor.of(WellDeclared.class);

        assertThat(descriptor.typeName()).isEqualTo("uk.police.hcir.test.well-declared");
        assertThat(descriptor.revision()).isEqualTo("2");
        assertThat(descriptor.javaType()).isEqualTo(WellDeclared.class);
    }

    @Test
    void anEventThatDoesNotDeclareItsRevisionCannotBePublished() {
        assertThatThrownBy(() -> EventTypeDescriptor.of(WithoutRevision.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not declare REVISION");
    }

    @Test
    void aTypeNameMustBeLowerCaseReverseDns() {
        assertThatThrownBy(() -> EventTypeDescriptor.of(WithClassNameAsType.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a lower-case reverse-DNS name");
    }
}
