package uk.police.hcir.examples.kafkaconsumer;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One event as HCIR publishes it: the CloudEvents attributes from the record's ce_* headers, the audit extensions,
 * and the JSON data from the record's value.
 */
public record HcirEvent(String id,
                        String type,
                        String revision,
                        URI source,
                        String caseId,
                        OffsetDateTime time,
                        URI dataSchema,
                        Map<String, String> extensions,
                        JsonNode data,
                        String topic,
                        int partition,
                        long offset) {
}
