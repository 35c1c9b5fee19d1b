package uk.police.hcir.intake.duplicates;

import java.sql.Array;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.police.hcir.intake.events.ReportReceived;
import uk.police.hcir.intake.report.command.FlagPossibleDuplicateCommand;
import uk.police.hcir.platform.personaldata.PersonalData;
import uk.police.hcir.platform.requestcontext.Actor;
import uk.police.hcir.platform.requestcontext.AuditMetadata;

/**
 * Compares each report with the reports of incidents around the same time, across every channel, and puts the
 * pairs that score as possible duplicates in front of a person. It never links reports itself.
 *
 * <p>Runs as a single segment, so that two reports arriving together are always compared with each other.
 */
@Component
@ProcessingGroup(DuplicateScreening.PROCESSING_GROUP)
class DuplicateScreening {

    static final String PROCESSING_GROUP = "duplicate-screening";
    private static final Actor INTAKE = Actor.system("intake-service");

    private final JdbcClient jdbc;
    private final PersonalData personalData;
    private final WordKeys wordKeys;
    private final DuplicateRules rules;
    private final DuplicateScorer scorer;
    private final CommandGateway commands;

    DuplicateScreening(JdbcClient jdbc, PersonalData personalData, WordKeys wordKeys, DuplicateRules rules,
                       CommandGateway commands) {
        this.jdbc = jdbc;
        this.personalData = personalData;
        this.wordKeys = wordKeys;
        this.rules = rules;
        this.scorer = new DuplicateScorer(rules);
        this.commands = commands;
    }

    @EventHandler
    void on(ReportReceived report, EventMessage<ReportReceived> message) {
        ReportFacts facts = factsOf(report);
        List<ReportFacts> nearby = jdbc.sql("""
                                            SELECT * FROM report_facts
                                            WHERE report_id <> :id
                                              AND occurred_from <= :latest AND occurred_to >= :earliest""")
                                       .param("id", report.reportId())
                                       .param("latest", Timestamp.from(facts.occurredTo().plus(rules.screeningWindow())))
                                       .param("earliest",
                                              Timestamp.from(facts.occurredFrom().minus(rules.screeningWindow())))
                                       .query((rs, row) -> new ReportFacts(
                                               rs.getString("report_id"),
                                               rs.getTimestamp("occurred_from").toInstant(),
                                               rs.getTimestamp("occurred_to").toInstant(),
                                               rs.getString("victim_subject_id"),
                                               rs.getBoolean("victim_anonymous"),
                                               rs.getString("location_match_key"),
                                               rs.getString("location_area"),
                                               set(rs.getArray("word_keys")),
                                               set(rs.getArray("strands"))))
                                       .list();
        record(facts, report);
        for (ReportFacts earlier : nearby) {
            DuplicateScorer.Score score = scorer.score(facts, earlier);
            if (scorer.isPossibleDuplicate(score)) {
                commands.sendAndWait(new FlagPossibleDuplicateCommand(report.reportId(), earlier.reportId(),
                                                                      Math.round(score.value() * 10_000) / 10_000.0,
                                                                      score.matchedRules()),
                                     MetaData.from(AuditMetadata.reactingTo(message, INTAKE)));
            }
        }
    }

    private ReportFacts factsOf(ReportReceived report) {
        ReportReceived.Incident incident = report.incident();
        Set<String> words = wordKeys.of(open(incident.wordsUsedSealed()), open(incident.whatHappenedSealed()));
        return new ReportFacts(report.reportId(), incident.occurredFrom(), incident.occurredTo(),
                               report.victim() == null ? null : report.victim().subjectId(),
                               report.victim() == null || report.victim().anonymous(),
                               incident.locationMatchKey(), incident.locationArea(), words,
                               Set.copyOf(report.perception().strands()));
    }

    private void record(ReportFacts facts, ReportReceived report) {
        jdbc.sql("""
                 INSERT INTO report_facts (report_id, received_at, occurred_from, occurred_to, victim_subject_id,
                                           victim_anonymous, location_match_key, location_area, word_keys, strands)
                 VALUES (:id, :receivedAt, :from, :to, :victim, :anonymous, :location, :area,
                         string_to_array(:words, ','), string_to_array(:strands, ','))
                 ON CONFLICT (report_id) DO NOTHING""")
            .param("id", facts.reportId())
            .param("receivedAt", Timestamp.from(report.receivedAt()))
            .param("from", Timestamp.from(facts.occurredFrom()))
            .param("to", Timestamp.from(facts.occurredTo()))
            .param("victim", facts.victimSubjectId())
            .param("anonymous", facts.victimAnonymous())
            .param("location", facts.locationMatchKey())
            .param("area", facts.locationArea())
            .param("words", String.join(",", facts.wordKeys()))
            .param("strands", String.join(",", facts.strands()))
            .update();
    }

    private String open(String sealed) {
        return sealed == null ? null : personalData.open(sealed).orElse(null);
    }

    private static Set<String> set(Array array) throws java.sql.SQLException {
        Set<String> values = new HashSet<>();
        if (array != null) {
            for (Object value : (Object[]) array.getArray()) {
                if (value != null && !value.toString().isEmpty()) {
                    values.add(value.toString());
                }
            }
        }
        return values;
    }
}
