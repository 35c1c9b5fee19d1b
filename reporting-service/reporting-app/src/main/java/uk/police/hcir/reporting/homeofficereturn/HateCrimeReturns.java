package uk.police.hcir.reporting.homeofficereturn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.police.hcir.platform.eventcontract.EventContractAutoConfiguration;
import uk.police.hcir.reporting.pointintime.CaseState;
import uk.police.hcir.reporting.pointintime.CaseStateFold;

/**
 * Builds the return from the audit trail: every case whose recording decision, as it stood at the end of the year,
 * is a crime decided within the year, under the strands flagged then (or, where none were flagged, perceived).
 */
@Service
public class HateCrimeReturns {

    private static final String DECISION_TYPE = "uk.police.hcir.case.recording-decision-made";
    private final JdbcClient jdbc;
    private final ObjectMapper json = EventContractAutoConfiguration.eventObjectMapper();

    public HateCrimeReturns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public HateCrimeReturn forYear(FinancialYear year) {
        Map<String, CaseState> states = new HashMap<>();
        jdbc.sql("""
                 SELECT e.case_id, e.event_type, e.occurred_at, e.payload::text
                 FROM audit_event e
                 WHERE e.occurred_at < :end
                   AND e.case_id IN (SELECT d.case_id FROM audit_event d
                                     WHERE d.event_type = :decision AND d.occurred_at >= :start
                                       AND d.occurred_at < :end)
                 ORDER BY e.case_id, e.occurred_at, e.position""")
            .param("start", Timestamp.from(year.start()))
            .param("end", Timestamp.from(year.end()))
            .param("decision", DECISION_TYPE)
            .query((RowCallbackHandler) rs -> {
                String caseId = rs.getString(1);
                try {
                    states.put(caseId, CaseStateFold.apply(states.getOrDefault(caseId, CaseState.empty(caseId)),
                                                           rs.getString(2), rs.getTimestamp(3).toInstant(),
                                                           json.readTree(rs.getString(4))));
                } catch (JsonProcessingException e) {
                    throw new UncheckedIOException(e);
                }
            });
        Map<String, Map<String, Long>> byGroup = new LinkedHashMap<>();
        Map<String, Long> offences = new HashMap<>();
        HateCrimeReturn.OFFENCE_GROUPS.keySet().forEach(group -> byGroup.put(group, new LinkedHashMap<>()));
        for (CaseState state : states.values()) {
            if (!"CRIME".equals(state.recordingDecision()) || state.recordingDecisionAt() == null
                || !year.contains(state.recordingDecisionAt())) {
                continue;
            }
            String group = HateCrimeReturn.OFFENCE_GROUPS.containsKey(state.offenceGroup())
                    ? state.offenceGroup() : "OTHER_NOTIFIABLE";
            Set<String> strands = new LinkedHashSet<>(state.flaggedStrands().isEmpty()
                                                              ? state.perceivedStrands() : state.flaggedStrands());
            strands.retainAll(HateCrimeReturn.STRANDS.keySet());
            if (strands.isEmpty()) {
                continue;
            }
            strands.forEach(strand -> byGroup.get(group).merge(strand, 1L, Long::sum));
            offences.merge(group, 1L, Long::sum);
        }
        List<HateCrimeReturn.Row> rows = new ArrayList<>();
        Map<String, Long> totalByStrand = new LinkedHashMap<>();
        long totalOffences = 0;
        for (var group : byGroup.entrySet()) {
            Map<String, Long> counts = new LinkedHashMap<>();
            HateCrimeReturn.STRANDS.keySet().forEach(strand -> {
                long count = group.getValue().getOrDefault(strand, 0L);
                counts.put(strand, count);
                totalByStrand.merge(strand, count, Long::sum);
            });
            long groupOffences = offences.getOrDefault(group.getKey(), 0L);
            totalOffences += groupOffences;
            rows.add(new HateCrimeReturn.Row(group.getKey(), counts, groupOffences));
        }
        return new HateCrimeReturn(year.label(), rows, new HateCrimeReturn.Row("TOTAL", totalByStrand, totalOffences));
    }
}
