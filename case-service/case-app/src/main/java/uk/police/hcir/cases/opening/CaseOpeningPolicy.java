package uk.police.hcir.cases.opening;

import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;
import uk.police.hcir.cases.lifecycle.command.OpenCaseCommand;
import uk.police.hcir.intake.events.ReportReceived;
import uk.police.hcir.platform.requestcontext.Actor;
import uk.police.hcir.platform.requestcontext.AuditMetadata;

/**
 * Opens a case for every report intake receives. Reading the same report twice (a redelivery, or a replay of the
 * topic) finds the case already open and changes nothing.
 */
@Component
@ProcessingGroup(CaseOpeningPolicy.PROCESSING_GROUP)
class CaseOpeningPolicy {

    static final String PROCESSING_GROUP = "case-opening";
    private static final Actor CASE_SERVICE = Actor.system("case-service");

    private final CommandGateway commands;
    private final Clock clock;

    CaseOpeningPolicy(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @EventHandler
    void on(ReportReceived report, EventMessage<ReportReceived> message) {
        commands.sendAndWait(new OpenCaseCommand(report.reportId(), report.reference(), clock.instant()),
                             MetaData.from(AuditMetadata.reactingTo(message, CASE_SERVICE)));
    }
}
