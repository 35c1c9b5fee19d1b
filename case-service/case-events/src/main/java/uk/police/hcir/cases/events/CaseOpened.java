package uk.police.hcir.cases.events;

import java.time.Instant;

/**
 * A case was opened for a report. The case id is the id of the report that opened it.
 *
 * @param caseId          the case's id
 * @param reportReference the reference the reporter was given
 * @param openedAt        when case-service opened it
 */
public record CaseOpened(String caseId, String reportReference, Instant openedAt) {

    public static final String EVENT_TYPE = "uk.police.hcir.case.case-opened";
    public static final String REVISION = "1";
}
