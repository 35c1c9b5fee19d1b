package uk.police.hcir.platform.deadletters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.hcir.platform.webapi.ApiProblem;

/**
 * Reads the service's dead-letter queue and retries its sequences through the processing group's own handlers, the
 * way the group would have handled them, in order, in one transaction per sequence.
 */
public class DeadLetterAdministration {

    static final int LIST_LIMIT = 500;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;
    private final EventProcessingConfiguration processing;
    private final String service;

    public DeadLetterAdministration(JdbcClient jdbc, EventProcessingConfiguration processing, String service) {
        this.jdbc = jdbc;
        this.processing = processing;
        this.service = service;
    }

    public DeadLetters list() {
        List<DeadLetterSequence> sequences = jdbc.sql("""
                SELECT processing_group, sequence_identifier, count(*) AS letters,
                       (array_agg(payload_type ORDER BY sequence_index))[1] AS event_type,
                       (array_agg(aggregate_identifier ORDER BY sequence_index))[1] AS aggregate_id,
                       (array_agg(cause_type ORDER BY sequence_index))[1] AS cause_type,
                       (array_agg(cause_message ORDER BY sequence_index))[1] AS cause_message,
                       min(enqueued_at) AS first_failure,
                       max(coalesce(last_touched, enqueued_at)) AS last_failure,
                       (array_agg(convert_from(diagnostics, 'UTF8') ORDER BY sequence_index))[1] AS diagnostics
                FROM dead_letter_entry
                GROUP BY processing_group, sequence_identifier
                ORDER BY min(enqueued_at), processing_group, sequence_identifier
                LIMIT ?""").param(LIST_LIMIT + 1)
                                                 .query((rs, row) -> new DeadLetterSequence(
                                                         rs.getString("processing_group"),
                                                         rs.getString("sequence_identifier"),
                                                         rs.getInt("letters"),
                                                         rs.getString("event_type"),
                                                         rs.getString("aggregate_id"),
                                                         rs.getString("cause_type"),
                                                         rs.getString("cause_message"),
                                                         instant(rs.getString("first_failure")),
                                                         instant(rs.getString("last_failure")),
                                                         attempts(rs.getString("diagnostics"))))
                                                 .list();
        boolean truncated = sequences.size() > LIST_LIMIT;
        return new DeadLetters(service, truncated ? sequences.subList(0, LIST_LIMIT) : sequences, truncated);
    }

    /** Retries one sequence: its events are handled again in order, and leave the queue if all succeed. */
    public RetryResult retry(String processingGroup, String sequenceId) {
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processorOf(processingGroup);
        if (!holds(processingGroup, sequenceId)) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "dead-letter-sequence-not-found", "No such dead letters",
                                 "Processing group " + processingGroup + " holds no dead letters for sequence "
                                         + sequenceId);
        }
        String touchedBefore = lastTouched(processingGroup, sequenceId);
        processor.process(letter -> letter instanceof JdbcDeadLetter<?> stored
                && sequenceId.equals(stored.getSequenceIdentifier()));
        boolean stillHeld = holds(processingGroup, sequenceId);
        if (stillHeld && touchedBefore.equals(lastTouched(processingGroup, sequenceId))) {
            throw new ApiProblem(HttpStatus.CONFLICT, "dead-letter-sequence-busy", "Being retried already",
                                 "Sequence " + sequenceId + " of " + processingGroup + " is being retried elsewhere; "
                                         + "look again in a minute");
        }
        return new RetryResult(service, processingGroup, sequenceId, stillHeld ? 0 : 1, stillHeld ? 1 : 0,
                               sequencesIn(processingGroup));
    }

    /** Retries every sequence the group held when asked, each once. */
    public RetryResult retryAll(String processingGroup) {
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processorOf(processingGroup);
        int held = sequencesIn(processingGroup);
        int retried = 0;
        for (int i = 0; i < held; i++) {
            if (processor.processAny()) {
                retried++;
            }
        }
        return new RetryResult(service, processingGroup, null, retried, held - retried,
                               sequencesIn(processingGroup));
    }

    private SequencedDeadLetterProcessor<EventMessage<?>> processorOf(String processingGroup) {
        return processing.sequencedDeadLetterProcessor(processingGroup).orElseThrow(() -> new ApiProblem(
                HttpStatus.NOT_FOUND, "processing-group-not-found", "No such processing group",
                service + " has no processing group " + processingGroup + " with a dead-letter queue"));
    }

    private boolean holds(String processingGroup, String sequenceId) {
        return jdbc.sql("SELECT count(*) FROM dead_letter_entry WHERE processing_group = ? AND sequence_identifier = ?")
                   .param(processingGroup).param(sequenceId).query(Long.class).single() > 0;
    }

    private String lastTouched(String processingGroup, String sequenceId) {
        return jdbc.sql("""
                        SELECT coalesce(max(coalesce(last_touched, enqueued_at)), '') FROM dead_letter_entry
                        WHERE processing_group = ? AND sequence_identifier = ?""")
                   .param(processingGroup).param(sequenceId).query(String.class).single();
    }

    private int sequencesIn(String processingGroup) {
        return jdbc.sql("SELECT count(DISTINCT sequence_identifier) FROM dead_letter_entry WHERE processing_group = ?")
                   .param(processingGroup).query(Long.class).single().intValue();
    }

    private static Instant instant(String stored) {
        return stored == null ? null : DateTimeUtils.parseInstant(stored);
    }

    private static int attempts(String diagnostics) {
        if (diagnostics == null || diagnostics.isBlank()) {
            return 0;
        }
        try {
            JsonNode attempts = JSON.readTree(diagnostics).path(CountingEnqueuePolicy.ATTEMPTS);
            return attempts.isNumber() ? attempts.asInt() : Integer.parseInt(attempts.asText("0"));
        } catch (Exception e) {
            return 0;
        }
    }
}
