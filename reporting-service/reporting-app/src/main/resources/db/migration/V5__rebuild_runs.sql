-- Every projection rebuild, so that its progress can be read from any instance and a run whose process died is
-- known as interrupted rather than running for ever.
CREATE TABLE projection_rebuild (
    rebuild_id    VARCHAR(64)  NOT NULL PRIMARY KEY,
    projection    VARCHAR(64)  NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    started_at    TIMESTAMPTZ  NOT NULL,
    finished_at   TIMESTAMPTZ,
    events_done   BIGINT       NOT NULL DEFAULT 0,
    events_total  BIGINT       NOT NULL DEFAULT -1,
    compared      BIGINT       NOT NULL DEFAULT 0,
    differences   BIGINT       NOT NULL DEFAULT 0,
    failure       TEXT
);
CREATE INDEX projection_rebuild_running_ix ON projection_rebuild (projection) WHERE status = 'RUNNING';
