package uk.police.hcir.cases.lifecycle.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.police.hcir.cases.events.CaseOpened;

/**
 * Reads cases opened before case-service recorded the channel, the report time and the victim (revision 1) as
 * revision 2: the report is taken to have been received when the case opened, so the recording decision was due a
 * day after that, and the channel and the victim are unknown.
 */
@Component
@Order(1)
public class CaseOpenedRevision1Upcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(CaseOpened.EVENT_TYPE, "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(CaseOpened.EVENT_TYPE, "2"), JsonNode.class,
                                            CaseOpenedRevision1Upcaster::toRevision2);
    }

    static JsonNode toRevision2(JsonNode revision1) {
        ObjectNode event = revision1.deepCopy();
        String openedAt = event.path("openedAt").asText();
        event.putNull("channel");
        event.put("reportedAt", openedAt);
        event.put("recordingDecisionDue", Instant.parse(openedAt).plus(Duration.ofHours(24)).toString());
        event.putNull("victimSubjectId");
        return event;
    }
}
