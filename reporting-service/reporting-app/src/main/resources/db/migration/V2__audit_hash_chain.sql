-- Tamper evidence: each case's events form a hash chain over the bytes stored here.
-- stored_payload is the event's JSON exactly as it was hashed; payload (jsonb) is the queryable copy of it.
ALTER TABLE audit_event
    ADD COLUMN stored_payload TEXT,
    ADD COLUMN chain_seq      INTEGER,
    ADD COLUMN entry_hash     CHAR(64),
    ADD COLUMN chain_hash     CHAR(64);
CREATE UNIQUE INDEX audit_event_chain_uk ON audit_event (case_id, chain_seq);

-- The last link of each case's chain; its row lock orders concurrent appends to one case.
CREATE TABLE audit_chain_head (
    case_id    VARCHAR(64) NOT NULL PRIMARY KEY,
    last_seq   INTEGER     NOT NULL,
    chain_hash CHAR(64)    NOT NULL
);

-- Merkle roots over every chain's head, taken now and then, to be exported and kept outside the system.
CREATE TABLE integrity_checkpoint (
    checkpoint_id VARCHAR(64)  NOT NULL PRIMARY KEY,
    taken_at      TIMESTAMPTZ  NOT NULL,
    merkle_root   CHAR(64)     NOT NULL,
    case_count    INTEGER      NOT NULL,
    event_count   BIGINT       NOT NULL,
    document      JSONB        NOT NULL
);

-- The case as it stands now, kept live from the events; point-in-time views rebuild the same from the audit trail.
CREATE TABLE case_state (
    case_id       VARCHAR(64) NOT NULL PRIMARY KEY,
    state         JSONB       NOT NULL,
    last_event_at TIMESTAMPTZ NOT NULL
);
