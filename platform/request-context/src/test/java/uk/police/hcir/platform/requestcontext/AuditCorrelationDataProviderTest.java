package uk.police.hcir.platform.requestcontext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

class AuditCorrelationDataProviderTest {

    private final AuditCorrelationDataProvider provider = new AuditCorrelationDataProvider();

    @Test
    void theActorAndCorrelationIdCarryOnAndTheHandledMessageBecomesTheCause() {
        var command = GenericCommandMessage.asCommandMessage("correct flags").andMetaData(Map.of(
                "actorId", "pc-1234", "actorRole", "OFFICER", "correlationId", "corr-0001",
                "reason", "wrong strand selected"));

        Map<String, Object> data = Map.copyOf(provider.correlationDataFor(command));

        assertThat(data).containsEntry("actorId", "pc-1234")
                        .containsEntry("actorRole", "OFFICER")
                        .containsEntry("correlationId", "corr-0001")
                        .containsEntry("causationId", command.getIdentifier())
                        .containsEntry("reason", "wrong strand selected");
    }

    @Test
    void aMessageWithoutCorrelationIdStartsACorrelationOfItsOwn() {
        var event = GenericEventMessage.asEventMessage("something happened");

        Map<String, Object> data = Map.copyOf(provider.correlationDataFor(event));

        assertThat(data).containsEntry("correlationId", event.getIdentifier())
                        .doesNotContainKeys("actorId", "actorRole");
    }

    @Test
    void aReasonGivenForOneCommandIsNotCarriedIntoWhatItsEventsCauseLater() {
        var event = GenericEventMessage.asEventMessage("flags corrected")
                                       .withMetaData(MetaData.with("reason", "wrong strand selected"));

        assertThat(provider.correlationDataFor(event)).doesNotContainKey("reason");
    }
}
