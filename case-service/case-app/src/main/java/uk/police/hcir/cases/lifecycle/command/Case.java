package uk.police.hcir.cases.lifecycle.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uk.police.hcir.cases.events.CaseOpened;

/** One case, from the report that opened it to its outcome. Its id is the id of that report. */
@Aggregate
public class Case {

    @AggregateIdentifier
    private String caseId;

    /** For Axon, which rebuilds a case from its events. */
    protected Case() {
    }

    /** Opening a case that is already open changes nothing, so a report read twice opens one case. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenCaseCommand command) {
        if (caseId == null) {
            apply(new CaseOpened(command.caseId(), command.reportReference(), command.openedAt()));
        }
    }

    @EventSourcingHandler
    void on(CaseOpened event) {
        this.caseId = event.caseId();
    }
}
