package uk.police.hcir.victimcontact.care.query;

import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.police.hcir.platform.requestcontext.AuditMetadata;
import uk.police.hcir.victimcontact.events.ContactPreferencesChanged;
import uk.police.hcir.victimcontact.events.EnhancedRightsDetermined;
import uk.police.hcir.victimcontact.events.NeedsAssessed;
import uk.police.hcir.victimcontact.events.ReferralOutcomeRecorded;
import uk.police.hcir.victimcontact.events.UpdateBecameOverdue;
import uk.police.hcir.victimcontact.events.UpdateDue;
import uk.police.hcir.victimcontact.events.VictimReferred;
import uk.police.hcir.victimcontact.events.VictimRegistered;
import uk.police.hcir.victimcontact.events.VictimUpdated;

/** Victim care as officers and supervisors look at it: each victim, their duties, contacts and referrals. */
@Component
@ProcessingGroup(VictimCareProjection.PROCESSING_GROUP)
class VictimCareProjection {

    static final String PROCESSING_GROUP = "victim-care-views";

    private final JdbcClient jdbc;

    VictimCareProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(VictimRegistered event) {
        ensure(event.caseId());
        jdbc.sql("""
                 UPDATE victim_care SET victim_subject_id = ?, registered = TRUE, anonymous = ?, age_group = ?,
                        police_contact = ?, referral_consent = ?, contact_method = COALESCE(contact_method, ?)
                 WHERE case_id = ?""")
            .params(event.victimSubjectId(), event.anonymous(), event.ageGroup(), event.policeContact(),
                    event.referralConsent(), event.contactMethod(), event.caseId())
            .update();
    }

    @EventHandler
    void on(EnhancedRightsDetermined event) {
        ensure(event.caseId());
        jdbc.sql("""
                 UPDATE victim_care SET enhanced = ?, grounds = ?, update_working_days = ?, override_reason = ?
                 WHERE case_id = ?""")
            .params(event.enhanced(), event.grounds().toArray(String[]::new), event.updateWorkingDays(),
                    event.overrideReason(), event.caseId())
            .update();
    }

    @EventHandler
    void on(NeedsAssessed event, EventMessage<NeedsAssessed> message) {
        jdbc.sql("UPDATE victim_care SET needs_outcome = ?, needs_assessed_at = ? WHERE case_id = ?")
            .params(event.outcome(), Timestamp.from(message.getTimestamp()), event.caseId())
            .update();
    }

    @EventHandler
    void on(ContactPreferencesChanged event) {
        jdbc.sql("""
                 UPDATE victim_care SET contact_method = ?, language = ?, interpreter_needed = ?,
                        routine_every_days = ?
                 WHERE case_id = ?""")
            .params(event.method(), event.language(), event.interpreterNeeded(), event.routineEveryDays(),
                    event.caseId())
            .update();
    }

    @EventHandler
    void on(UpdateDue event) {
        jdbc.sql("""
                 INSERT INTO victim_duty (case_id, duty_id, reason, due_by) VALUES (?, ?, ?, ?)
                 ON CONFLICT (case_id, duty_id) DO NOTHING""")
            .params(event.caseId(), event.dutyId(), event.reason(), Timestamp.from(event.dueBy()))
            .update();
    }

    @EventHandler
    void on(UpdateBecameOverdue event) {
        jdbc.sql("UPDATE victim_duty SET overdue = TRUE WHERE case_id = ? AND duty_id = ?")
            .params(event.caseId(), event.dutyId())
            .update();
    }

    @EventHandler
    void on(VictimUpdated event, EventMessage<VictimUpdated> message) {
        Timestamp at = Timestamp.from(event.contactedAt());
        for (String duty : event.dutiesMet()) {
            jdbc.sql("UPDATE victim_duty SET met_at = ?, met_late = ? WHERE case_id = ? AND duty_id = ?")
                .params(at, event.late().contains(duty), event.caseId(), duty)
                .update();
        }
        jdbc.sql("""
                 INSERT INTO victim_contact (case_id, event_id, contacted_at, method, summary_sealed, contacted_by,
                                             duties_met, duties_late)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""")
            .params(event.caseId(), message.getIdentifier(), at, event.method(), event.summarySealed(),
                    actor(message), event.dutiesMet().size(), event.late().size())
            .update();
        jdbc.sql("""
                 UPDATE victim_care SET first_contact_at = LEAST(COALESCE(first_contact_at, ?), ?),
                        last_contact_at = GREATEST(COALESCE(last_contact_at, ?), ?)
                 WHERE case_id = ?""")
            .params(at, at, at, at, event.caseId())
            .update();
    }

    @EventHandler
    void on(VictimReferred event, EventMessage<VictimReferred> message) {
        Instant at = message.getTimestamp();
        jdbc.sql("""
                 INSERT INTO victim_referral (case_id, referral_id, service, referred_at, late, status)
                 VALUES (?, ?, ?, ?, ?, 'MADE') ON CONFLICT (referral_id) DO NOTHING""")
            .params(event.caseId(), event.referralId(), event.service(), Timestamp.from(at), event.late())
            .update();
        jdbc.sql("""
                 UPDATE victim_duty SET met_at = ?, met_late = ?
                 WHERE case_id = ? AND reason = 'REFERRAL' AND met_at IS NULL""")
            .params(Timestamp.from(at), event.late(), event.caseId())
            .update();
    }

    @EventHandler
    void on(ReferralOutcomeRecorded event) {
        jdbc.sql("UPDATE victim_referral SET status = ?, reason = ? WHERE referral_id = ?")
            .params(event.status(), event.reason(), event.referralId())
            .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE victim_care, victim_duty, victim_contact, victim_referral").update();
    }

    private void ensure(String caseId) {
        jdbc.sql("INSERT INTO victim_care (case_id) VALUES (?) ON CONFLICT (case_id) DO NOTHING")
            .param(caseId)
            .update();
    }

    private static String actor(EventMessage<?> message) {
        Object actor = message.getMetaData().get(AuditMetadata.ACTOR_ID);
        return actor == null ? null : actor.toString();
    }
}
