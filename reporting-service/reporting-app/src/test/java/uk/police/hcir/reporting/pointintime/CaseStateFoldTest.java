package uk.police.hcir.reporting.pointintime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CaseStateFoldTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant OPENED = Instant.parse("2026-11-29T06:00:00Z");
    private static final Instant REGISTERED = OPENED.plusSeconds(2);
    private static final Instant MOTIVATION = OPENED.plusSeconds(1);

    @Test
    void eventsOfDifferentServicesGiveTheSameStateWhicheverArrivesFirst() {
        CaseState inOrder = fold(opened(), motivation(), registered());
        CaseState asArrived = fold(opened(), registered(), motivation());

        assertThat(asArrived).isEqualTo(inOrder);
        assertThat(asArrived.lastEventAt()).isEqualTo(REGISTERED);
    }

    private static CaseState fold(Object[]... events) {
        CaseState state = CaseState.empty("case-1");
        for (Object[] event : events) {
            state = CaseStateFold.apply(state, (String) event[0], (Instant) event[1], (JsonNode) event[2]);
        }
        return state;
    }

    private static Object[] opened() {
        return new Object[] {"uk.police.hcir.case.case-opened", OPENED,
                             data("{\"caseId\":\"case-1\",\"channel\":\"CONTROL_ROOM\",\"reportedAt\":\"2026-11-29T05:59:00Z\"}")};
    }

    private static Object[] motivation() {
        return new Object[] {"uk.police.hcir.case.motivation-recorded", MOTIVATION,
                             data("{\"hostilityPerceived\":true,\"perceivedBy\":[\"VICTIM\"],\"strands\":[\"RACE\"],"
                                          + "\"onlineElement\":false}")};
    }

    private static Object[] registered() {
        return new Object[] {"uk.police.hcir.victimcontact.victim-registered", REGISTERED, data("{}")};
    }

    private static JsonNode data(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
