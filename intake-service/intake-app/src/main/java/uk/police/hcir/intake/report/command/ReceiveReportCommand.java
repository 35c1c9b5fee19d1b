package uk.police.hcir.intake.report.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.police.hcir.intake.events.ReportReceived;

/**
 * Receive a report whose personal data is already sealed under its subjects' keys: what is published, and the
 * details only intake keeps.
 */
public record ReceiveReportCommand(@TargetAggregateIdentifier String reportId,
                                   ReportReceived report,
                                   ReportDetailsRecorded details) {
}
