package uk.police.hcir.systemtests.benchmark;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import uk.police.hcir.deploy.local.HcirService;
import uk.police.hcir.systemtests.reliability.harness.StoreLedger.ProcessorPosition;

/**
 * Where the reports stand downstream, read straight from the services' databases (the tables their APIs read):
 * which cases the officers' queues show, which audit trails hold the report and the case's opening, and whether
 * every event processor of every service has handled everything in its event store and on its topics.
 */
final class Downstream implements AutoCloseable {

    static final String REPORT_RECEIVED = "uk.police.hcir.intake.report-received";
    static final String CASE_OPENED = "uk.police.hcir.case.case-opened";

    private static final Map<HcirService, List<String>> INBOUND_TOPICS = Map.of(
            HcirService.INTAKE, List.of(),
            HcirService.CASE, List.of("hcir.intake.v1"),
            HcirService.VICTIM_CONTACT, List.of("hcir.intake.v1", "hcir.case.v1"),
            HcirService.REPORTING, List.of("hcir.intake.v1", "hcir.case.v1", "hcir.victim-contact.v1"));

    private final Map<HcirService, Connection> connections = new HashMap<>();
    private final Admin admin;

    Downstream(BenchmarkStack stack) throws SQLException {
        for (HcirService service : INBOUND_TOPICS.keySet()) {
            connections.put(service, Baselines.connect(stack.jdbcUrl(service)));
        }
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()));
    }

    /** Of the given cases, those an officer's queue shows (case-service's case summaries). */
    Set<String> inOfficersQueue(Collection<String> caseIds) throws SQLException {
        return ids(HcirService.CASE, "SELECT case_id FROM case_summary WHERE case_id = ANY(?)", caseIds);
    }

    /** Of the given cases, those whose audit trail holds both the report and the case's opening. */
    Set<String> inAuditTrail(Collection<String> caseIds) throws SQLException {
        return ids(HcirService.REPORTING, "SELECT case_id FROM audit_event WHERE case_id = ANY(?) AND event_type IN ('"
                + REPORT_RECEIVED + "', '" + CASE_OPENED + "') GROUP BY case_id HAVING count(DISTINCT event_type) = 2",
                   caseIds);
    }

    /** Of the given cases, those victim contact has registered. */
    Set<String> registeredForVictimContact(Collection<String> caseIds) throws SQLException {
        return ids(HcirService.VICTIM_CONTACT, "SELECT case_id FROM known_case WHERE case_id = ANY(?)", caseIds);
    }

    /** Processor segments not yet at the head of what they read; empty when everything has caught up. */
    List<String> processorsBehind() throws Exception {
        Set<String> topics = INBOUND_TOPICS.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        described.values().forEach(topic -> topic.partitions().forEach(
                partition -> latest.put(new TopicPartition(topic.name(), partition.partition()), OffsetSpec.latest())));
        Map<String, Long> ends = new HashMap<>();
        admin.listOffsets(latest).all().get().forEach((partition, info) -> ends.put(partition.toString(), info.offset()));
        List<String> behind = new ArrayList<>();
        for (var entry : connections.entrySet()) {
            HcirService service = entry.getKey();
            Connection connection = entry.getValue();
            long head = single(connection, "SELECT coalesce(max(global_index), -1) FROM domain_event_entry");
            for (ProcessorPosition position : positions(service, connection)) {
                if (position.readsKafka()) {
                    Map<String, Long> at = position.kafkaPositions();
                    for (String topic : INBOUND_TOPICS.get(service)) {
                        ends.forEach((partition, end) -> {
                            if (partition.startsWith(topic + "-") && end > 0 && at.getOrDefault(partition, -1L) < end - 1) {
                                behind.add(position.processor() + "@" + service.serviceName() + " " + partition);
                            }
                        });
                    }
                } else if (position.tokenType() != null && position.eventStoreIndex() < head) {
                    behind.add(position.processor() + "@" + service.serviceName());
                }
            }
        }
        return behind;
    }

    private static List<ProcessorPosition> positions(HcirService service, Connection connection) throws SQLException {
        List<ProcessorPosition> positions = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT processor_name, segment, token_type, convert_from(token, 'UTF8') FROM token_entry");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                positions.add(new ProcessorPosition(service, rows.getString(1), rows.getInt(2), rows.getString(3),
                                                    rows.getString(4)));
            }
        }
        return positions;
    }

    long count(HcirService service, String sql) throws SQLException {
        return single(connections.get(service), sql);
    }

    private Set<String> ids(HcirService service, String sql, Collection<String> caseIds) throws SQLException {
        Set<String> found = new HashSet<>();
        if (caseIds.isEmpty()) {
            return found;
        }
        Connection connection = connections.get(service);
        Array array = connection.createArrayOf("varchar", caseIds.toArray());
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, array);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
        }
        return found;
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() {
        connections.values().forEach(connection -> {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing anyway
            }
        });
        admin.close();
    }
}
