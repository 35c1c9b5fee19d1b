package uk.police.hcir.intake.report.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReceiveReportCommand(@TargetAggregateIdentifier String reportId,
                                   String reference,
                                   Channel channel,
                                   Instant receivedAt) {
}
