-- Finding a case by the reference its reporter was given, from the event that opened it or the report itself.
CREATE INDEX audit_event_reference_ix ON audit_event ((coalesce(payload->>'reportReference', payload->>'reference')))
    WHERE event_type IN ('uk.police.hcir.case.case-opened', 'uk.police.hcir.intake.report-received');
