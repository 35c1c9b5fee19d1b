package uk.police.hcir.cases.events;

import java.time.Instant;

/**
 * A case was opened for a report. The case id is the id of the report that opened it.
 *
 * @param caseId               the case's id, which is the id of the report that opened it
 * @param reportReference      the reference the reporter was given
 * @param openedAt             when case-service opened the case
 * @param channel              where the report came in: CONTROL_ROOM, ONLINE, THIRD_PARTY or OFFICER
 * @param reportedAt           when intake received the report
 * @param recordingDecisionDue when the recording decision is due: 24 hours after the report
 * @param victimSubjectId      the victim as a pseudonymous data subject, when the report names one
 */
public record CaseOpened(String caseId,
                         String reportReference,
                         Instant openedAt,
                         String channel,
                         Instant reportedAt,
                         Instant recordingDecisionDue,
                         String victimSubjectId) {

    public static final String EVENT_TYPE = "uk.police.hcir.case.case-opened";
    public static final String REVISION = "2";
}
