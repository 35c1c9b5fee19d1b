-- Retries of a submission with the same idempotency key return the report the first attempt created.
CREATE TABLE idempotency_key (
    scope          VARCHAR(160) NOT NULL,
    idempotency_key VARCHAR(128) NOT NULL,
    request_hash   VARCHAR(64)  NOT NULL,
    report_id      VARCHAR(64)  NOT NULL,
    reference      VARCHAR(32)  NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT idempotency_key_pk PRIMARY KEY (scope, idempotency_key)
);

-- Keyed hashes of a victim's identifying details, so that a person reported again is the same data subject.
CREATE TABLE victim_identity (
    match_key  VARCHAR(64) NOT NULL PRIMARY KEY,
    subject_id VARCHAR(64) NOT NULL
);
CREATE INDEX victim_identity_subject_ix ON victim_identity (subject_id);

-- The reporting centres allowed to use the partner API, each with its own credential (only its hash is kept).
CREATE TABLE partner_centre (
    centre_id  VARCHAR(64)  NOT NULL PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    key_sha256 VARCHAR(64)  NOT NULL UNIQUE,
    active     BOOLEAN      NOT NULL DEFAULT TRUE
);

-- Every report as officers and partners look it up.
CREATE TABLE report (
    report_id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    reference          VARCHAR(32)  NOT NULL UNIQUE,
    channel            VARCHAR(32)  NOT NULL,
    received_at        TIMESTAMPTZ  NOT NULL,
    status             VARCHAR(32)  NOT NULL,
    linked_to          VARCHAR(64),
    withdrawal_reason  TEXT,
    partner_centre_id  VARCHAR(64),
    partner_reference  VARCHAR(64),
    victim_subject_id  VARCHAR(64),
    received           JSONB        NOT NULL,
    details            JSONB
);
CREATE INDEX report_partner_ix ON report (partner_centre_id, partner_reference);
CREATE INDEX report_victim_ix ON report (victim_subject_id);

-- What duplicate screening compares: no personal data, only times, keyed hashes and strands.
CREATE TABLE report_facts (
    report_id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    received_at        TIMESTAMPTZ  NOT NULL,
    occurred_from      TIMESTAMPTZ  NOT NULL,
    occurred_to        TIMESTAMPTZ  NOT NULL,
    victim_subject_id  VARCHAR(64),
    victim_anonymous   BOOLEAN      NOT NULL,
    location_match_key VARCHAR(64),
    location_area      VARCHAR(100),
    word_keys          TEXT[]       NOT NULL,
    strands            TEXT[]       NOT NULL
);
CREATE INDEX report_facts_time_ix ON report_facts (occurred_from, occurred_to);

-- The duplicate review queue.
CREATE TABLE duplicate_candidate (
    report_id     VARCHAR(64)   NOT NULL,
    candidate_id  VARCHAR(64)   NOT NULL,
    score         NUMERIC(5, 4) NOT NULL,
    matched_rules TEXT[]        NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    flagged_at    TIMESTAMPTZ   NOT NULL,
    decided_at    TIMESTAMPTZ,
    decided_by    VARCHAR(128),
    reason        TEXT,
    CONSTRAINT duplicate_candidate_pk PRIMARY KEY (report_id, candidate_id)
);
CREATE INDEX duplicate_candidate_status_ix ON duplicate_candidate (status, flagged_at);
