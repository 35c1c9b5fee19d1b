package uk.police.hcir.cases.opening;

import java.time.Clock;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.police.hcir.cases.lifecycle.command.JoinReportCommand;
import uk.police.hcir.cases.lifecycle.command.MergeCaseCommand;
import uk.police.hcir.cases.lifecycle.command.OpenCaseCommand;
import uk.police.hcir.cases.repeat.RepeatVictims;
import uk.police.hcir.intake.events.ReportLinkedAsDuplicate;
import uk.police.hcir.intake.events.ReportReceived;
import uk.police.hcir.platform.requestcontext.Actor;
import uk.police.hcir.platform.requestcontext.AuditMetadata;

/**
 * Opens a case for every report intake receives, with the answer to its perception question and any earlier
 * reports about the same victim or address; and when intake links a report as a duplicate, merges that report's
 * case into the case of the report it duplicates. Reading the same events again changes nothing.
 */
@Component
@ProcessingGroup(CaseOpeningPolicy.PROCESSING_GROUP)
class CaseOpeningPolicy {

    static final String PROCESSING_GROUP = "case-opening";
    private static final Actor CASE_SERVICE = Actor.system("case-service");

    private final CommandGateway commands;
    private final RepeatVictims repeatVictims;
    private final JdbcClient jdbc;
    private final Clock clock;

    CaseOpeningPolicy(CommandGateway commands, RepeatVictims repeatVictims, JdbcClient jdbc, Clock clock) {
        this.commands = commands;
        this.repeatVictims = repeatVictims;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventHandler
    void on(ReportReceived report, EventMessage<ReportReceived> message) {
        String victim = report.victim() == null ? null : report.victim().subjectId();
        String location = report.incident() == null ? null : report.incident().locationMatchKey();
        var repeat = repeatVictims.check(report.reportId(), report.reference(), victim, location, report.receivedAt());
        ReportReceived.Perception perception = report.perception();
        OpenCaseCommand.ReportedPerception reported = perception == null ? null
                : new OpenCaseCommand.ReportedPerception(perception.hostilityPerceived(), perception.perceivedBy(),
                                                         perception.strands(), perception.ownWordsSealed(),
                                                         report.incident() != null
                                                                 && report.incident().onlineElement());
        commands.sendAndWait(new OpenCaseCommand(report.reportId(), report.reference(), report.channel(),
                                                 report.receivedAt(), clock.instant(), victim, reported,
                                                 repeat.orElse(null)),
                             metaData(message));
    }

    @EventHandler
    void on(ReportLinkedAsDuplicate link, EventMessage<ReportLinkedAsDuplicate> message) {
        String into = rootOf(link.duplicateOf());
        if (into.equals(link.reportId())) {
            return;
        }
        jdbc.sql("INSERT INTO merged_case (case_id, into_case_id) VALUES (?, ?) ON CONFLICT (case_id) DO NOTHING")
            .params(link.reportId(), into)
            .update();
        commands.sendAndWait(new MergeCaseCommand(link.reportId(), into), metaData(message));
        String reference = repeatVictims.referenceOf(link.reportId()).orElse(link.reportId());
        commands.sendAndWait(new JoinReportCommand(into, link.reportId(), reference), metaData(message));
    }

    /** The case a report's case now forms part of, following earlier merges. */
    private String rootOf(String caseId) {
        String current = caseId;
        for (int hops = 0; hops < 100; hops++) {
            Optional<String> into = jdbc.sql("SELECT into_case_id FROM merged_case WHERE case_id = ?")
                                        .param(current).query(String.class).optional();
            if (into.isEmpty()) {
                return current;
            }
            current = into.get();
        }
        throw new IllegalStateException("Merged cases form a loop at " + caseId);
    }

    private static MetaData metaData(EventMessage<?> message) {
        return MetaData.from(AuditMetadata.reactingTo(message, CASE_SERVICE));
    }
}
