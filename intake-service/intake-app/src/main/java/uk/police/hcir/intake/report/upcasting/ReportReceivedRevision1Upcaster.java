package uk.police.hcir.intake.report.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.police.hcir.intake.events.ReportReceived;

/**
 * Reads reports received before intake asked the perception question (revision 1) as revision 2: the question is
 * recorded as not asked, with that reason, nothing is assumed about the incident, the victim or the suspects, and
 * the victim is taken not to have consented to police contact or referral.
 */
@Component
@Order(1)
public class ReportReceivedRevision1Upcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(ReportReceived.EVENT_TYPE, "1");
    static final String NOT_ASKED_REASON = "Received before intake recorded the answer to the perception question";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(ReportReceived.EVENT_TYPE, "2"), JsonNode.class,
                                            ReportReceivedRevision1Upcaster::toRevision2);
    }

    static JsonNode toRevision2(JsonNode revision1) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode event = revision1.deepCopy();
        String channel = event.path("channel").asText();
        event.put("reporterRole", switch (channel) {
            case "OFFICER" -> "OFFICER";
            case "THIRD_PARTY" -> "THIRD_PARTY_CENTRE";
            default -> "OTHER_PERSON";
        });
        ObjectNode incident = event.putObject("incident");
        incident.set("occurredFrom", event.get("receivedAt"));
        incident.set("occurredTo", event.get("receivedAt"));
        incident.putNull("locationArea");
        incident.putNull("locationMatchKey");
        incident.putNull("locationSealed");
        incident.putNull("whatHappenedSealed");
        incident.putNull("wordsUsedSealed");
        incident.put("onlineElement", false);
        ObjectNode perception = event.putObject("perception");
        perception.put("asked", "NOT_ASKED");
        perception.put("notAskedReason", NOT_ASKED_REASON);
        perception.put("hostilityPerceived", false);
        perception.set("perceivedBy", nodes.arrayNode());
        perception.set("strands", nodes.arrayNode());
        perception.putNull("ownWordsSealed");
        event.putNull("victim");
        event.put("suspectCount", 0);
        event.set("evidence", nodes.arrayNode());
        ObjectNode consent = event.putObject("consent");
        consent.put("policeContact", "IDENTIFIED_NO_POLICE_CONTACT");
        consent.put("referralToSupport", false);
        event.putNull("thrive");
        event.putNull("partner");
        return event;
    }
}
