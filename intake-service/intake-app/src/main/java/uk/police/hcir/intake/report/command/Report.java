package uk.police.hcir.intake.report.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.police.hcir.intake.events.ReportLinkedAsDuplicate;
import uk.police.hcir.intake.events.ReportNotDuplicate;
import uk.police.hcir.intake.events.ReportReceived;
import uk.police.hcir.intake.events.ReportWithdrawn;
import uk.police.hcir.intake.report.command.ReportRefused.Reason;

/**
 * A report as intake received it, and what was decided about it since. Nothing is ever edited or deleted: a
 * link to a duplicate, a decision that two reports differ, or a withdrawal is a new event.
 */
@Aggregate
public class Report {

    @AggregateIdentifier
    private String reportId;
    private final Map<String, Double> candidates = new HashMap<>();
    private final Set<String> decided = new HashSet<>();
    private String linkedTo;
    private boolean withdrawn;

    /** For Axon, which rebuilds a report from its events. */
    protected Report() {
    }

    @CommandHandler
    public Report(ReceiveReportCommand command) {
        apply(command.report());
        apply(command.details());
    }

    @CommandHandler
    void handle(FlagPossibleDuplicateCommand command) {
        if (command.candidate().equals(reportId) || candidates.containsKey(command.candidate())) {
            return;
        }
        apply(new PossibleDuplicateFound(reportId, command.candidate(), command.score(), command.matchedRules()));
    }

    @CommandHandler
    void handle(LinkAsDuplicateCommand command) {
        requireReason(command.reason());
        requireUndecidedCandidate(command.candidate());
        if (linkedTo != null) {
            throw new ReportRefused(Reason.ALREADY_LINKED, "Report " + reportId + " is already linked to " + linkedTo);
        }
        apply(new ReportLinkedAsDuplicate(reportId, command.candidate(), candidates.get(command.candidate()),
                                          command.reason()));
    }

    @CommandHandler
    void handle(RecordNotDuplicateCommand command) {
        requireReason(command.reason());
        requireUndecidedCandidate(command.candidate());
        apply(new ReportNotDuplicate(reportId, command.candidate(), candidates.get(command.candidate()),
                                     command.reason()));
    }

    @CommandHandler
    void handle(WithdrawReportCommand command) {
        requireReason(command.reason());
        if (withdrawn) {
            throw new ReportRefused(Reason.ALREADY_WITHDRAWN, "Report " + reportId + " is already withdrawn");
        }
        apply(new ReportWithdrawn(reportId, command.reason()));
    }

    private void requireUndecidedCandidate(String candidate) {
        if (!candidates.containsKey(candidate)) {
            throw new ReportRefused(Reason.NOT_A_CANDIDATE,
                                    "Report " + candidate + " was not found to be a possible duplicate of " + reportId);
        }
        if (decided.contains(candidate)) {
            throw new ReportRefused(Reason.ALREADY_DECIDED,
                                    "Whether " + reportId + " duplicates " + candidate + " is already decided");
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ReportRefused(Reason.REASON_REQUIRED, "Give the reason for the decision");
        }
    }

    @EventSourcingHandler
    void on(ReportReceived event) {
        this.reportId = event.reportId();
    }

    @EventSourcingHandler
    void on(PossibleDuplicateFound event) {
        candidates.put(event.candidate(), event.score());
    }

    @EventSourcingHandler
    void on(ReportLinkedAsDuplicate event) {
        decided.add(event.duplicateOf());
        linkedTo = event.duplicateOf();
    }

    @EventSourcingHandler
    void on(ReportNotDuplicate event) {
        decided.add(event.candidate());
    }

    @EventSourcingHandler
    void on(ReportWithdrawn event) {
        withdrawn = true;
    }
}
