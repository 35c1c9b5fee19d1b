package uk.police.hcir.victimcontact.care.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.police.hcir.victimcontact.calendar.WorkingDays;

/** Reads victim care: the queues of duties, one victim's care and contact history, and Code compliance. */
@Component
public class VictimCareQueries {

    public enum Queue { DUE_TODAY, OVERDUE }

    public record DutyItem(String caseId, String reportReference, String dutyId, String reason, Instant dueBy,
                           boolean overdue, String officerId, String teamId, boolean enhanced) {
    }

    /** A registered victim whose needs have not been assessed yet. */
    public record NeedsToAssess(String caseId, String reportReference, Instant openedAt, String officerId,
                                String teamId, boolean enhanced) {
    }

    public record Duty(String dutyId, String reason, Instant dueBy, boolean overdue, Instant metAt, Boolean metLate) {
    }

    public record Contact(Instant contactedAt, String method, String summarySealed, String contactedBy,
                          int dutiesMet, int dutiesLate) {
    }

    public record Referral(String referralId, String service, Instant referredAt, boolean late, String status,
                           String reason) {
    }

    public record Care(String caseId, String victimSubjectId, boolean registered, boolean anonymous, String ageGroup,
                       String policeContact, boolean referralConsent, String contactMethod, String language,
                       boolean interpreterNeeded, Integer routineEveryDays, boolean enhanced, List<String> grounds,
                       int updateWorkingDays, String overrideReason, String needsOutcome, Instant needsAssessedAt,
                       Instant firstContactAt, Instant lastContactAt, List<Duty> duties, List<Contact> contacts,
                       List<Referral> referrals) {
    }

    /**
     * How well the Code's promises to one victim were kept: of the duties whose deadline has passed or that were met,
     * how many were met on time.
     */
    public record Compliance(String caseId, int duties, int metOnTime, int metLate, int overdueOpen, int notYetDue,
                             Double onTimeRate, Boolean referralOnTime) {
    }

    private final JdbcClient jdbc;
    private final WorkingDays calendar;
    private final Clock clock;

    VictimCareQueries(JdbcClient jdbc, WorkingDays calendar, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
    }

    public List<DutyItem> queue(Queue queue, String officerId, String teamId) {
        Instant now = clock.instant();
        Instant endOfToday = now.atZone(calendar.zone()).toLocalDate().plusDays(1)
                                .atStartOfDay(calendar.zone()).toInstant();
        String window = queue == Queue.OVERDUE ? "d.due_by <= :now" : "d.due_by > :now AND d.due_by <= :endOfToday";
        return jdbc.sql("""
                        SELECT d.case_id, k.report_reference, d.duty_id, d.reason, d.due_by, d.overdue,
                               k.officer_id, k.team_id, COALESCE(v.enhanced, FALSE) AS enhanced
                        FROM victim_duty d
                        LEFT JOIN known_case k ON k.case_id = d.case_id
                        LEFT JOIN victim_care v ON v.case_id = d.case_id
                        WHERE d.met_at IS NULL AND %s
                          AND (CAST(:officer AS VARCHAR) IS NULL OR k.officer_id = :officer)
                          AND (CAST(:team AS VARCHAR) IS NULL OR k.team_id = :team)
                        ORDER BY d.due_by, d.case_id
                        LIMIT 500""".formatted(window))
                   .param("now", Timestamp.from(now))
                   .param("endOfToday", Timestamp.from(endOfToday))
                   .param("officer", officerId)
                   .param("team", teamId)
                   .query((rs, row) -> new DutyItem(rs.getString("case_id"), rs.getString("report_reference"),
                                                    rs.getString("duty_id"), rs.getString("reason"),
                                                    instant(rs, "due_by"), rs.getBoolean("overdue"),
                                                    rs.getString("officer_id"), rs.getString("team_id"),
                                                    rs.getBoolean("enhanced")))
                   .list();
    }

    /** Registered victims whose needs are still to be assessed, those whose case opened first first. */
    public List<NeedsToAssess> needsToAssess() {
        return jdbc.sql("""
                        SELECT v.case_id, k.report_reference, k.opened_at, k.officer_id, k.team_id, v.enhanced
                        FROM victim_care v
                        LEFT JOIN known_case k ON k.case_id = v.case_id
                        WHERE v.registered AND v.needs_outcome IS NULL
                        ORDER BY k.opened_at NULLS LAST, v.case_id
                        LIMIT 500""")
                   .query((rs, row) -> new NeedsToAssess(rs.getString("case_id"), rs.getString("report_reference"),
                                                         instant(rs, "opened_at"), rs.getString("officer_id"),
                                                         rs.getString("team_id"), rs.getBoolean("enhanced")))
                   .list();
    }

    public Optional<Care> care(String caseId) {
        List<Duty> duties = duties(caseId);
        List<Contact> contacts = jdbc.sql("""
                                          SELECT contacted_at, method, summary_sealed, contacted_by, duties_met,
                                                 duties_late
                                          FROM victim_contact WHERE case_id = ? ORDER BY contacted_at""")
                                     .param(caseId)
                                     .query((rs, row) -> new Contact(instant(rs, "contacted_at"),
                                                                     rs.getString("method"),
                                                                     rs.getString("summary_sealed"),
                                                                     rs.getString("contacted_by"),
                                                                     rs.getInt("duties_met"),
                                                                     rs.getInt("duties_late")))
                                     .list();
        List<Referral> referrals = jdbc.sql("""
                                            SELECT referral_id, service, referred_at, late, status, reason
                                            FROM victim_referral WHERE case_id = ? ORDER BY referred_at""")
                                       .param(caseId)
                                       .query((rs, row) -> new Referral(rs.getString("referral_id"),
                                                                        rs.getString("service"),
                                                                        instant(rs, "referred_at"),
                                                                        rs.getBoolean("late"),
                                                                        rs.getString("status"),
                                                                        rs.getString("reason")))
                                       .list();
        return jdbc.sql("SELECT * FROM victim_care WHERE case_id = ?")
                   .param(caseId)
                   .query((rs, row) -> new Care(
                           rs.getString("case_id"), rs.getString("victim_subject_id"), rs.getBoolean("registered"),
                           rs.getBoolean("anonymous"), rs.getString("age_group"), rs.getString("police_contact"),
                           rs.getBoolean("referral_consent"), rs.getString("contact_method"),
                           rs.getString("language"), rs.getBoolean("interpreter_needed"),
                           (Integer) rs.getObject("routine_every_days"), rs.getBoolean("enhanced"),
                           Arrays.asList((String[]) rs.getArray("grounds").getArray()),
                           rs.getInt("update_working_days"), rs.getString("override_reason"),
                           rs.getString("needs_outcome"), instant(rs, "needs_assessed_at"),
                           instant(rs, "first_contact_at"), instant(rs, "last_contact_at"), duties, contacts,
                           referrals))
                   .optional();
    }

    /** The victim of a case as a data subject, when one is known. */
    public Optional<String> victimSubjectOf(String caseId) {
        return jdbc.sql("SELECT victim_subject_id FROM victim_care WHERE case_id = ? AND victim_subject_id IS NOT NULL")
                   .param(caseId)
                   .query(String.class)
                   .optional();
    }

    public Optional<Compliance> compliance(String caseId) {
        List<Duty> duties = duties(caseId);
        if (duties.isEmpty() && !known(caseId)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        int onTime = 0;
        int late = 0;
        int overdueOpen = 0;
        int notYetDue = 0;
        Boolean referralOnTime = null;
        for (Duty duty : duties) {
            if (duty.metAt() != null) {
                if (Boolean.TRUE.equals(duty.metLate())) {
                    late++;
                } else {
                    onTime++;
                }
            } else if (!duty.dueBy().isAfter(now)) {
                overdueOpen++;
            } else {
                notYetDue++;
            }
            if ("REFERRAL".equals(duty.reason()) && (duty.metAt() != null || !duty.dueBy().isAfter(now))) {
                referralOnTime = duty.metAt() != null && !Boolean.TRUE.equals(duty.metLate());
            }
        }
        int judged = onTime + late + overdueOpen;
        Double rate = judged == 0 ? null : (double) onTime / judged;
        return Optional.of(new Compliance(caseId, duties.size(), onTime, late, overdueOpen, notYetDue, rate,
                                          referralOnTime));
    }

    private boolean known(String caseId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM victim_care WHERE case_id = ?)").param(caseId)
                   .query(Boolean.class).single();
    }

    private List<Duty> duties(String caseId) {
        return jdbc.sql("""
                        SELECT duty_id, reason, due_by, overdue, met_at, met_late
                        FROM victim_duty WHERE case_id = ? ORDER BY due_by, duty_id""")
                   .param(caseId)
                   .query((rs, row) -> new Duty(rs.getString("duty_id"), rs.getString("reason"),
                                                instant(rs, "due_by"), rs.getBoolean("overdue"),
                                                instant(rs, "met_at"), (Boolean) rs.getObject("met_late")))
                   .list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
