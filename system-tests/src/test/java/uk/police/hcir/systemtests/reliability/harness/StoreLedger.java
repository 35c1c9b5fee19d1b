package uk.police.hcir.systemtests.reliability.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.police.hcir.deploy.local.HcirService;
import uk.police.hcir.platform.embedded.PostgresServer;

/**
 * What every service has stored, read straight from its own database: intake's reports, case-service's CaseOpened
 * events and case summaries, victim contact's register, reporting's audit trail, every dead letter, and how far
 * every event processor has got.
 *
 * @param reportsReceived   ReportReceived events in intake's event store, per report id
 * @param casesOpened       CaseOpened events in case-service's event store, per case id
 * @param caseSummaries     rows of case-service's case_summary, per case id
 * @param registrations     rows of victim contact's known_case, per case id
 * @param auditedReports    ReportReceived entries in reporting's audit trail, per case id
 * @param auditedOpenings   CaseOpened entries in reporting's audit trail, per case id
 * @param otherAuditEntries audit entries of any other type
 * @param deadLetters       dead letters, per database and processing group
 * @param processors        the position of every segment of every event processor of every service
 * @param eventStoreHeads   the highest global index in each service's event store, -1 when it is empty
 */
public record StoreLedger(Map<String, Integer> reportsReceived,
                          Map<String, Integer> casesOpened,
                          Map<String, Integer> caseSummaries,
                          Map<String, Integer> registrations,
                          Map<String, Integer> auditedReports,
                          Map<String, Integer> auditedOpenings,
                          long otherAuditEntries,
                          Map<String, Long> deadLetters,
                          List<ProcessorPosition> processors,
                          Map<HcirService, Long> eventStoreHeads) {

    static final String REPORT_RECEIVED = "uk.police.hcir.intake.report-received";
    static final String CASE_OPENED = "uk.police.hcir.case.case-opened";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Where one segment of an event processor stands against the head of what it reads.
     *
     * @param service   the service running the processor
     * @param processor the processing group
     * @param segment   the segment
     * @param tokenType the token's class, or null before the first token is stored
     * @param token     the token as stored (JSON)
     */
    public record ProcessorPosition(HcirService service, String processor, int segment, String tokenType,
                                    String token) {

        public boolean readsKafka() {
            return tokenType != null && tokenType.endsWith("KafkaTrackingToken");
        }

        /** The last offset handled per {@code topic-partition}, for a processor that reads Kafka. */
        public Map<String, Long> kafkaPositions() {
            Map<String, Long> positions = new TreeMap<>();
            if (readsKafka()) {
                parse(token, "positions").fields()
                        .forEachRemaining(entry -> positions.put(entry.getKey(), entry.getValue().asLong()));
            }
            return positions;
        }

        /** The global index handled, for a processor that reads its service's event store; -1 before the first. */
        public long eventStoreIndex() {
            if (token == null) {
                return -1;
            }
            JsonNode node = parse(token, null);
            if (node.has("index")) {
                return node.get("index").asLong();
            }
            if (node.has("globalIndex")) {
                return node.get("globalIndex").asLong();
            }
            throw new IllegalStateException("Not an event store token: " + tokenType + " " + token);
        }

        @Override
        public String toString() {
            return service.serviceName() + "/" + processor + "/" + segment + " at " + token;
        }
    }

    public static StoreLedger read(PostgresServer postgres) {
        try {
            Map<String, Long> deadLetters = new TreeMap<>();
            List<ProcessorPosition> processors = new ArrayList<>();
            Map<HcirService, Long> heads = new HashMap<>();
            for (HcirService service : FaultableStack.SERVICES) {
                try (Connection connection = connect(postgres, service)) {
                    deadLetters.putAll(deadLetters(connection, service));
                    processors.addAll(processors(connection, service));
                    heads.put(service, longValue(connection, "SELECT coalesce(max(global_index), -1) "
                                                                     + "FROM domain_event_entry"));
                }
            }
            Map<String, Integer> reports;
            try (Connection intake = connect(postgres, HcirService.INTAKE)) {
                reports = countPer(intake, "SELECT aggregate_identifier FROM domain_event_entry WHERE payload_type = ?",
                                   REPORT_RECEIVED);
            }
            Map<String, Integer> opened;
            Map<String, Integer> summaries;
            try (Connection cases = connect(postgres, HcirService.CASE)) {
                opened = countPer(cases, "SELECT aggregate_identifier FROM domain_event_entry WHERE payload_type = ?",
                                  CASE_OPENED);
                summaries = countPer(cases, "SELECT case_id FROM case_summary");
            }
            Map<String, Integer> registrations;
            try (Connection victimContact = connect(postgres, HcirService.VICTIM_CONTACT)) {
                registrations = countPer(victimContact, "SELECT case_id FROM known_case");
            }
            Map<String, Integer> auditedReports;
            Map<String, Integer> auditedOpenings;
            long otherAuditEntries;
            try (Connection reporting = connect(postgres, HcirService.REPORTING)) {
                auditedReports = countPer(reporting, "SELECT case_id FROM audit_event WHERE event_type = ?",
                                          REPORT_RECEIVED);
                auditedOpenings = countPer(reporting, "SELECT case_id FROM audit_event WHERE event_type = ?",
                                           CASE_OPENED);
                otherAuditEntries = longValue(reporting, "SELECT count(*) FROM audit_event WHERE event_type NOT IN ('"
                                                                 + REPORT_RECEIVED + "', '" + CASE_OPENED + "')");
            }
            return new StoreLedger(reports, opened, summaries, registrations, auditedReports, auditedOpenings,
                                   otherAuditEntries, deadLetters, List.copyOf(processors), Map.copyOf(heads));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the services' databases", e);
        }
    }

    /** Processor segments that have not yet handled everything in their service's event store. */
    public List<String> eventStoreProcessorsBehind() {
        List<String> behind = new ArrayList<>();
        for (ProcessorPosition position : processors) {
            if (position.readsKafka()) {
                continue;
            }
            long head = eventStoreHeads.getOrDefault(position.service(), -1L);
            if (position.eventStoreIndex() < head) {
                behind.add(position + " (head " + head + ")");
            }
        }
        return behind;
    }

    public long totalDeadLetters() {
        return deadLetters.values().stream().mapToLong(Long::longValue).sum();
    }

    public long auditEntries() {
        return total(auditedReports) + total(auditedOpenings) + otherAuditEntries;
    }

    static long total(Map<String, Integer> counts) {
        return counts.values().stream().mapToLong(Integer::longValue).sum();
    }

    /** Ids counted more than once. */
    static Set<String> duplicated(Map<String, Integer> counts) {
        Set<String> duplicated = new TreeSet<>();
        counts.forEach((id, count) -> {
            if (count > 1) {
                duplicated.add(id);
            }
        });
        return duplicated;
    }

    private static Connection connect(PostgresServer postgres, HcirService service) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", PostgresServer.USER);
        properties.setProperty("password", "");
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("socketTimeout", "30");
        return DriverManager.getConnection(postgres.jdbcUrl(service.database().orElseThrow()), properties);
    }

    private static Map<String, Integer> countPer(Connection connection, String sql, String... parameters)
            throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.merge(rows.getString(1), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static long longValue(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Map<String, Long> deadLetters(Connection connection, HcirService service) throws SQLException {
        Map<String, Long> letters = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT processing_group, count(*) FROM dead_letter_entry GROUP BY processing_group");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                letters.put(service.serviceName() + "/" + rows.getString(1), rows.getLong(2));
            }
        }
        return letters;
    }

    private static List<ProcessorPosition> processors(Connection connection, HcirService service)
            throws SQLException {
        List<ProcessorPosition> positions = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT processor_name, segment, token_type, convert_from(token, 'UTF8') FROM token_entry "
                        + "ORDER BY processor_name, segment");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                positions.add(new ProcessorPosition(service, rows.getString(1), rows.getInt(2), rows.getString(3),
                                                    rows.getString(4)));
            }
        }
        return positions;
    }

    private static JsonNode parse(String token, String field) {
        try {
            JsonNode node = JSON.readTree(token);
            return field == null ? node : node.get(field);
        } catch (Exception e) {
            throw new IllegalStateException("Unreadable token " + token, e);
        }
    }
}
