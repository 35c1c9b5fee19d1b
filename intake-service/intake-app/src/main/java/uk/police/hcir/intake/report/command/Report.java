package uk.police.hcir.intake.report.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.police.hcir.intake.events.ReportReceived;

/** A report as intake received it. Nothing is ever edited in place: every change is a new event. */
@Aggregate
public class Report {

    @AggregateIdentifier
    private String reportId;

    /** For Axon, which rebuilds a report from its events. */
    protected Report() {
    }

    @CommandHandler
    public Report(ReceiveReportCommand command) {
        apply(new ReportReceived(command.reportId(), command.reference(), command.channel().name(),
                                 command.receivedAt()));
    }

    @EventSourcingHandler
    void on(ReportReceived event) {
        this.reportId = event.reportId();
    }
}
