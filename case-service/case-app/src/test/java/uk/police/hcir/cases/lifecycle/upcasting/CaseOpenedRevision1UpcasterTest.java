package uk.police.hcir.cases.lifecycle.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import uk.police.hcir.cases.events.CaseOpened;
import uk.police.hcir.platform.eventcontract.EventContractAutoConfiguration;

class CaseOpenedRevision1UpcasterTest {

    private static final ObjectMapper JSON = EventContractAutoConfiguration.eventObjectMapper();

    @Test
    void theApprovedRevision1FormIsReadAsTheGoldenRevision2Form() throws IOException {
        JsonNode upcast;
        try (InputStream revision1 = CaseOpened.class.getResourceAsStream("CaseOpened.v1.example.json")) {
            upcast = CaseOpenedRevision1Upcaster.toRevision2(JSON.readTree(revision1));
        }

        try (InputStream golden = getClass().getResourceAsStream("/golden/CaseOpened.v1-read-as-v2.json");
             InputStream schema = CaseOpened.class.getResourceAsStream("CaseOpened.v2.schema.json")) {
            assertThat(upcast).isEqualTo(JSON.readTree(golden));
            assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema)
                                     .validate(upcast)).isEmpty();
        }
        CaseOpened event = JSON.treeToValue(upcast, CaseOpened.class);
        assertThat(event.recordingDecisionDue()).isEqualTo(event.openedAt().plusSeconds(86_400));
    }
}
