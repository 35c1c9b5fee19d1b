package uk.police.hcir.victimcontact.caseregister;

import java.time.Instant;

public record KnownCase(String caseId, String reportReference, Instant openedAt) {
}
