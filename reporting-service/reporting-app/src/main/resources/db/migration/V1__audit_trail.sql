-- Every published event of every service, as reporting received it, one row per event id.
CREATE TABLE audit_event (
    position       BIGSERIAL    NOT NULL PRIMARY KEY,
    event_id       VARCHAR(64)  NOT NULL,
    case_id        VARCHAR(64)  NOT NULL,
    source_service VARCHAR(128) NOT NULL,
    event_type     VARCHAR(255) NOT NULL,
    revision       VARCHAR(16),
    occurred_at    TIMESTAMPTZ  NOT NULL,
    actor_id       VARCHAR(128),
    actor_role     VARCHAR(64),
    correlation_id VARCHAR(64),
    causation_id   VARCHAR(64),
    reason         TEXT,
    payload        JSONB        NOT NULL,
    recorded_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT audit_event_event_id_uk UNIQUE (event_id)
);
CREATE INDEX audit_event_case_ix ON audit_event (case_id, occurred_at, position);
