package uk.police.hcir.cases.repeat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.police.hcir.cases.lifecycle.command.OpenCaseCommand.RepeatVictim;

/**
 * Finds the earlier cases about the same victim or the same address, by pseudonymous subject id and keyed hash of
 * the place. The index is case-service's own, kept on the command side as cases open.
 */
@Component
public class RepeatVictims {

    private final JdbcClient jdbc;
    private final RepeatVictimRules rules;

    RepeatVictims(JdbcClient jdbc, RepeatVictimRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    /** Records the case in the index and returns the earlier cases that make its victim a repeat victim. */
    public Optional<RepeatVictim> check(String caseId, String reference, String victimSubjectId,
                                        String locationMatchKey, Instant reportedAt) {
        jdbc.sql("""
                 INSERT INTO victim_case_index (case_id, report_reference, victim_subject_id, location_match_key,
                                                reported_at)
                 VALUES (?, ?, ?, ?, ?) ON CONFLICT (case_id) DO NOTHING""")
            .params(caseId, reference, victimSubjectId, locationMatchKey, Timestamp.from(reportedAt))
            .update();
        Instant windowStart = reportedAt.atOffset(ZoneOffset.UTC).minusMonths(rules.windowMonths()).toInstant();
        record Earlier(String caseId, boolean sameVictim, boolean sameAddress) {
        }
        List<Earlier> earlier = jdbc.sql("""
                                         SELECT case_id, victim_subject_id = :victim AS same_victim,
                                                location_match_key = :location AS same_address
                                         FROM victim_case_index
                                         WHERE case_id <> :caseId AND reported_at >= :from AND reported_at < :to
                                           AND (victim_subject_id = :victim OR location_match_key = :location)
                                         ORDER BY reported_at""")
                                    .param("victim", victimSubjectId)
                                    .param("location", locationMatchKey)
                                    .param("caseId", caseId)
                                    .param("from", Timestamp.from(windowStart))
                                    .param("to", Timestamp.from(reportedAt))
                                    .query((rs, row) -> new Earlier(rs.getString(1), rs.getBoolean(2),
                                                                    rs.getBoolean(3)))
                                    .list();
        if (earlier.size() < rules.earlierReports()) {
            return Optional.empty();
        }
        List<String> matchedBy = new ArrayList<>();
        if (earlier.stream().anyMatch(Earlier::sameVictim)) {
            matchedBy.add("SAME_VICTIM");
        }
        if (earlier.stream().anyMatch(Earlier::sameAddress)) {
            matchedBy.add("SAME_ADDRESS");
        }
        return Optional.of(new RepeatVictim(matchedBy, earlier.stream().map(Earlier::caseId).toList(),
                                            rules.windowMonths()));
    }

    /** The reference of a report whose case is in the index. */
    public Optional<String> referenceOf(String caseId) {
        return jdbc.sql("SELECT report_reference FROM victim_case_index WHERE case_id = ?")
                   .param(caseId).query(String.class).optional();
    }
}
