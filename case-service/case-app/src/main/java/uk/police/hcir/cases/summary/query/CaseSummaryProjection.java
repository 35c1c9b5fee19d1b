package uk.police.hcir.cases.summary.query;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.police.hcir.cases.events.CaseAllocated;
import uk.police.hcir.cases.events.CaseClosed;
import uk.police.hcir.cases.events.CaseMerged;
import uk.police.hcir.cases.events.CaseOpened;
import uk.police.hcir.cases.events.CaseReopened;
import uk.police.hcir.cases.events.HateFlagsApplied;
import uk.police.hcir.cases.events.HateFlagsCorrected;
import uk.police.hcir.cases.events.InvestigativeMilestoneReached;
import uk.police.hcir.cases.events.MotivationRecorded;
import uk.police.hcir.cases.events.OutcomeRecorded;
import uk.police.hcir.cases.events.RecordingDecisionMade;
import uk.police.hcir.cases.events.RecordingDecisionOverdue;
import uk.police.hcir.cases.events.RepeatVictimIdentified;
import uk.police.hcir.cases.events.ReportJoinedCase;
import uk.police.hcir.cases.events.RiskAssessed;
import uk.police.hcir.cases.events.RiskReviewOverdue;
import uk.police.hcir.cases.events.SupervisorReviewed;

/** The summary of every case, kept up to date event by event, with the version of the case it reflects. */
@Component
@ProcessingGroup("case-summary")
class CaseSummaryProjection {

    private final JdbcClient jdbc;

    CaseSummaryProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CaseOpened event, @SequenceNumber Long version) {
        jdbc.sql("""
                 INSERT INTO case_summary (case_id, report_reference, channel, status, reported_at, opened_at,
                                           victim_subject_id, decision_due, last_change_at, version)
                 VALUES (:caseId, :reference, :channel, 'OPEN', :reportedAt, :openedAt, :victim, :due, :openedAt,
                         :version)
                 ON CONFLICT (case_id) DO NOTHING""")
            .param("caseId", event.caseId())
            .param("reference", event.reportReference())
            .param("channel", event.channel())
            .param("reportedAt", ts(event.reportedAt() == null ? event.openedAt() : event.reportedAt()))
            .param("openedAt", ts(event.openedAt()))
            .param("victim", event.victimSubjectId())
            .param("due", ts(event.recordingDecisionDue() == null
                                     ? event.openedAt().plusSeconds(86_400) : event.recordingDecisionDue()))
            .param("version", version)
            .update();
    }

    @EventHandler
    void on(MotivationRecorded event, @SequenceNumber Long version, @Timestamp Instant at) {
        update(event.caseId(), version, at, """
                hostility_perceived = hostility_perceived OR :hostility,
                perceived_strands = ARRAY(SELECT DISTINCT unnest(perceived_strands || CAST(:strands AS text[]))
                                          ORDER BY 1)""",
               "hostility", event.hostilityPerceived(),
               "strands", event.hostilityPerceived() ? event.strands().toArray(String[]::new) : new String[0]);
    }

    @EventHandler
    void on(HateFlagsApplied event, @SequenceNumber Long version, @Timestamp Instant at) {
        update(event.caseId(), version, at, "flags = CAST(:flags AS text[]), online_flag = :online",
               "flags", event.strands().toArray(String[]::new), "online", event.online());
    }

    @EventHandler
    void on(HateFlagsCorrected event, @SequenceNumber Long version, @Timestamp Instant at) {
        update(event.caseId(), version, at,
               "flags = CAST(:flags AS text[]), online_flag = :online, flag_corrections = flag_corrections + 1",
               "flags", event.strands().toArray(String[]::new), "online", event.online());
    }

    @EventHandler
    void on(RecordingDecisionMade event, @SequenceNumber Long version, @Timestamp Instant at) {
        update(event.caseId(), version, at, """
                decision = :decision, decided_at = :at, offence_group = :group, crime_number = :crimeNumber,
                decision_overdue = FALSE""",
               "decision", event.decision(), "at", ts(at), "group", event.offenceGroup(),
               "crimeNumber", event.crimeNumber());
    }

    @EventHandler
    void on(RecordingDecisionOverdue event, @SequenceNumber Long version, @Timestamp Instant at) {
        update(event.caseId(), version, at, "decision_overdue = TRUE");
    }

    @EventHandler
    void on(RiskAssessed event, @SequenceNumber Long version, @Timestamp Instant at) {
        update(event.caseId(), version, at, """
                risk_level = :level, risk_review_due = :reviewDue, risk_review_overdue = FALSE,
                supervisor_review_due = :supervisorDue,
                supervisor_review_overdue = supervisor_review_overdue AND :supervisorPending""",
               "level", event.level(), "reviewDue", ts(event.nextReviewDue()),
               "supervisorDue", ts(event.supervisorReviewDue()),
               "supervisorPending", event.supervisorReviewDue() != null);
    }

    @EventHandler
    void on(RiskReviewOverdue event, @SequenceNumber Long version, @Timestamp Instant at) {
        update(event.caseId(), version, at, "SUPERVISOR_REVIEW".equals(event.review())
                ? "supervisor_review_overdue = TRUE" : "risk_review_overdue = TRUE");
    }

    @EventHandler
    void on(SupervisorReviewed event, @SequenceNumber Long version, @Timestamp Instant at) {
        update(event.caseId(), version, at, "supervisor_review_due = NULL, supervisor_review_overdue = FALSE");
    }

    @EventHandler
    void on(CaseAllocated event, @SequenceNumber Long version, @Timestamp Instant at) {
        update(event.caseId(), version, at, "officer_id = :officer, team_id = :team",
               "officer", event.officerId(), "team", event.teamId());
    }

    @EventHandler
    void on(RepeatVictimIdentified event, @SequenceNumber Long version, @Timestamp Instant at) {
        update(event.caseId(), version, at, "repeat_victim = TRUE");
    }

    @EventHandler
    void on(InvestigativeMilestoneReached event, @SequenceNumber Long version, @Timestamp Instant at) {
        update(event.caseId(), version, at, null);
    }

    @EventHandler
    void on(OutcomeRecorded event, @SequenceNumber Long version, @Timestamp Instant at) {
        update(event.caseId(), version, at, "outcome_type = :outcome", "outcome", event.outcomeType());
    }

    @EventHandler
    void on(CaseClosed event, @SequenceNumber Long version, @Timestamp Instant at) {
        update(event.caseId(), version, at, "status = 'CLOSED', closed_at = :at", "at", ts(at));
    }

    @EventHandler
    void on(CaseReopened event, @SequenceNumber Long version, @Timestamp Instant at) {
        update(event.caseId(), version, at, "status = 'OPEN', closed_at = NULL");
    }

    @EventHandler
    void on(ReportJoinedCase event, @SequenceNumber Long version, @Timestamp Instant at) {
        update(event.caseId(), version, at, null);
    }

    @EventHandler
    void on(CaseMerged event, @SequenceNumber Long version, @Timestamp Instant at) {
        update(event.caseId(), version, at, "status = 'MERGED', merged_into = :into", "into", event.into());
    }

    private void update(String caseId, long version, Instant at, String assignments, Object... parameters) {
        String sql = "UPDATE case_summary SET " + (assignments == null ? "" : assignments + ", ")
                + "version = :version, last_change_at = :lastChange WHERE case_id = :caseId AND version < :version";
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("caseId", caseId).param("version", version)
                                                 .param("lastChange", ts(at));
        for (int i = 0; i < parameters.length; i += 2) {
            statement = statement.param((String) parameters[i], parameters[i + 1]);
        }
        statement.update();
    }

    private static java.sql.Timestamp ts(Instant instant) {
        return instant == null ? null : java.sql.Timestamp.from(instant);
    }
}
