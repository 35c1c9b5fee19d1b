package uk.police.hcir.intake.report.web;

import jakarta.validation.constraints.NotNull;
import uk.police.hcir.intake.report.command.Channel;

/** A report as a channel submits it. */
public record ReportSubmission(@NotNull Channel channel) {
}
