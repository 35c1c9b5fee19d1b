package uk.police.hcir.systemtests.reliability.harness;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;
import uk.police.hcir.deploy.local.HcirService;
import uk.police.hcir.platform.embedded.PostgresServer;

/**
 * Moves a stopped service's event processor back, as an operator would to re-read a partition or an event store:
 * straight in the {@code token_entry} table, every segment alike. The service must not be running, or it would
 * overwrite the change with its next token.
 */
public final class TokenSurgery {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FaultableStack stack;

    public TokenSurgery(FaultableStack stack) {
        this.stack = stack;
    }

    /**
     * Moves every segment of a processor that reads Kafka to earlier offsets: each partition's last handled offset
     * becomes {@code rewind(offset)}; a negative result drops the partition, so it is read from its start.
     *
     * @return the segments' tokens before and after, for the test output
     */
    public Map<String, String> rewindKafkaProcessor(HcirService service, String processor, LongUnaryOperator rewind) {
        return rewrite(service, processor, "KafkaTrackingToken", token -> {
            ObjectNode positions = JSON.createObjectNode();
            token.path("positions").fields().forEachRemaining(entry -> {
                long earlier = rewind.applyAsLong(entry.getValue().asLong());
                if (earlier >= 0) {
                    positions.put(entry.getKey(), Math.min(earlier, entry.getValue().asLong()));
                }
            });
            ObjectNode rewound = JSON.createObjectNode();
            rewound.set("positions", positions);
            return rewound;
        });
    }

    /** Moves every segment of a processor that reads its service's event store back to an earlier global index. */
    public Map<String, String> rewindEventStoreProcessor(HcirService service, String processor,
                                                         LongUnaryOperator rewind) {
        return rewrite(service, processor, "GapAwareTrackingToken", token -> {
            long index = token.path("index").asLong();
            ObjectNode rewound = JSON.createObjectNode();
            rewound.put("index", Math.min(index, Math.max(0, rewind.applyAsLong(index))));
            rewound.putArray("gaps");
            return rewound;
        });
    }

    private Map<String, String> rewrite(HcirService service, String processor, String tokenType,
                                        java.util.function.Function<com.fasterxml.jackson.databind.JsonNode,
                                                ObjectNode> change) {
        if (stack.isAlive(service)) {
            throw new IllegalStateException(service.serviceName() + " must be stopped before its tokens are moved");
        }
        Map<String, String> changes = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(stack.jdbcUrl(service), PostgresServer.USER, "")) {
            connection.setAutoCommit(false);
            List<Object[]> segments = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT segment, token_type, convert_from(token, 'UTF8') FROM token_entry "
                            + "WHERE processor_name = ? ORDER BY segment FOR UPDATE")) {
                select.setString(1, processor);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        segments.add(new Object[]{rows.getInt(1), rows.getString(2), rows.getString(3)});
                    }
                }
            }
            if (segments.isEmpty()) {
                throw new IllegalStateException(service.serviceName() + " has no tokens for " + processor);
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE token_entry SET token = convert_to(?, 'UTF8'), owner = NULL "
                            + "WHERE processor_name = ? AND segment = ?")) {
                for (Object[] segment : segments) {
                    String type = (String) segment[1];
                    if (type == null) {
                        // a segment that has read nothing yet starts from the beginning already
                        changes.put(processor + "/" + segment[0], "nothing read yet, left as it is");
                        continue;
                    }
                    if (!type.endsWith(tokenType)) {
                        throw new IllegalStateException(processor + "/" + segment[0] + " holds a " + type
                                                                + ", not a " + tokenType);
                    }
                    String before = (String) segment[2];
                    String after = JSON.writeValueAsString(change.apply(JSON.readTree(before)));
                    update.setString(1, after);
                    update.setString(2, processor);
                    update.setInt(3, (Integer) segment[0]);
                    update.executeUpdate();
                    changes.put(processor + "/" + segment[0], before + " -> " + after);
                }
            }
            connection.commit();
        } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Could not move the tokens of " + processor, e);
        }
        return changes;
    }
}
