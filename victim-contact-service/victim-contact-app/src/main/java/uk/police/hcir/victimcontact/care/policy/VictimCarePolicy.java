package uk.police.hcir.victimcontact.care.policy;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;
import uk.police.hcir.cases.events.CaseClosed;
import uk.police.hcir.cases.events.InvestigativeMilestoneReached;
import uk.police.hcir.cases.events.MotivationRecorded;
import uk.police.hcir.cases.events.OutcomeRecorded;
import uk.police.hcir.cases.events.RecordingDecisionMade;
import uk.police.hcir.cases.events.RepeatVictimIdentified;
import uk.police.hcir.intake.events.ReportReceived;
import uk.police.hcir.platform.requestcontext.Actor;
import uk.police.hcir.platform.requestcontext.AuditMetadata;
import uk.police.hcir.victimcontact.care.command.VictimCareCommands.RecordHostility;
import uk.police.hcir.victimcontact.care.command.VictimCareCommands.RecordMilestone;
import uk.police.hcir.victimcontact.care.command.VictimCareCommands.RecordPersistentTargeting;
import uk.police.hcir.victimcontact.care.command.VictimCareCommands.RegisterVictim;

/**
 * Turns what intake and case-service publish into the victim's Code duties: a report registers its victim, the
 * case's findings decide enhanced rights, and each milestone the Code names starts an update deadline. The case id
 * is the report id, so both topics name the same victim care record.
 */
@Component
@ProcessingGroup(VictimCarePolicy.PROCESSING_GROUP)
class VictimCarePolicy {

    static final String PROCESSING_GROUP = "victim-care";
    private static final Actor SERVICE = Actor.system("victim-contact-service");

    private final CommandGateway commands;

    VictimCarePolicy(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(ReportReceived report, EventMessage<ReportReceived> message) {
        ReportReceived.Victim victim = report.victim();
        ReportReceived.Consent consent = report.consent();
        String method = victim == null || victim.contactPreferences() == null ? null
                : victim.contactPreferences().method();
        send(new RegisterVictim(report.reportId(), victim == null ? null : victim.subjectId(),
                                victim == null || victim.anonymous(),
                                victim == null ? "UNKNOWN" : victim.ageGroup(),
                                victim != null && victim.vulnerabilityIndicated(),
                                consent == null ? "CONSENTS_TO_CONTACT" : consent.policeContact(),
                                consent != null && consent.referralToSupport(), method, report.receivedAt()),
             message);
    }

    @EventHandler
    void on(MotivationRecorded motivation, EventMessage<MotivationRecorded> message) {
        send(new RecordHostility(motivation.caseId(), motivation.hostilityPerceived()), message);
    }

    @EventHandler
    void on(RepeatVictimIdentified repeat, EventMessage<RepeatVictimIdentified> message) {
        send(new RecordPersistentTargeting(repeat.caseId()), message);
    }

    @EventHandler
    void on(InvestigativeMilestoneReached milestone, EventMessage<InvestigativeMilestoneReached> message) {
        send(new RecordMilestone(milestone.caseId(), message.getIdentifier(), milestone.milestone(),
                                 milestone.reachedAt(), false), message);
    }

    @EventHandler
    void on(RecordingDecisionMade decision, EventMessage<RecordingDecisionMade> message) {
        send(new RecordMilestone(decision.caseId(), message.getIdentifier(), "RECORDING_DECISION",
                                 message.getTimestamp(), false), message);
    }

    @EventHandler
    void on(OutcomeRecorded outcome, EventMessage<OutcomeRecorded> message) {
        send(new RecordMilestone(outcome.caseId(), message.getIdentifier(), "OUTCOME", message.getTimestamp(), false),
             message);
    }

    @EventHandler
    void on(CaseClosed closed, EventMessage<CaseClosed> message) {
        send(new RecordMilestone(closed.caseId(), message.getIdentifier(), "CASE_CLOSED", message.getTimestamp(),
                                 closed.closingUpdateGiven()), message);
    }

    private void send(Object command, EventMessage<?> cause) {
        commands.sendAndWait(command, MetaData.from(AuditMetadata.reactingTo(cause, SERVICE)));
    }
}
