package uk.police.hcir.intake.events;

import java.time.Instant;

/**
 * A report of a hate incident was received on one of intake's channels. The report id is also the id of the case
 * that case-service opens for it, and the subject of every event about that case.
 *
 * @param reportId   the report's id
 * @param reference  the reference the reporter was given
 * @param channel    where the report came in: CONTROL_ROOM, ONLINE, THIRD_PARTY or OFFICER
 * @param receivedAt when intake accepted it
 */
public record ReportReceived(String reportId, String reference, String channel, Instant receivedAt) {

    public static final String EVENT_TYPE = "uk.police.hcir.intake.report-received";
    public static final String REVISION = "1";
}
