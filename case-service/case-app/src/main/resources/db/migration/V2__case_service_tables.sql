-- Earlier reports by victim and address, so that a repeat victim is recognised as a case opens.
CREATE TABLE victim_case_index (
    case_id            VARCHAR(64) NOT NULL PRIMARY KEY,
    report_reference   VARCHAR(32) NOT NULL,
    victim_subject_id  VARCHAR(64),
    location_match_key VARCHAR(64),
    reported_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX victim_case_index_victim_ix ON victim_case_index (victim_subject_id, reported_at);
CREATE INDEX victim_case_index_location_ix ON victim_case_index (location_match_key, reported_at);

-- Where each merged case went, so that a report linked to a merged case joins the case it became part of.
CREATE TABLE merged_case (
    case_id VARCHAR(64) NOT NULL PRIMARY KEY,
    into_case_id VARCHAR(64) NOT NULL
);

DROP TABLE case_summary;
CREATE TABLE case_summary (
    case_id                   VARCHAR(64)  NOT NULL PRIMARY KEY,
    report_reference          VARCHAR(32)  NOT NULL,
    channel                   VARCHAR(32),
    status                    VARCHAR(16)  NOT NULL,
    reported_at               TIMESTAMPTZ  NOT NULL,
    opened_at                 TIMESTAMPTZ  NOT NULL,
    victim_subject_id         VARCHAR(64),
    repeat_victim             BOOLEAN      NOT NULL DEFAULT FALSE,
    hostility_perceived       BOOLEAN      NOT NULL DEFAULT FALSE,
    perceived_strands         TEXT[]       NOT NULL DEFAULT '{}',
    flags                     TEXT[],
    online_flag               BOOLEAN      NOT NULL DEFAULT FALSE,
    flag_corrections          INTEGER      NOT NULL DEFAULT 0,
    decision                  VARCHAR(32),
    decision_due              TIMESTAMPTZ  NOT NULL,
    decision_overdue          BOOLEAN      NOT NULL DEFAULT FALSE,
    decided_at                TIMESTAMPTZ,
    offence_group             VARCHAR(32),
    crime_number              VARCHAR(32),
    risk_level                VARCHAR(16),
    risk_review_due           TIMESTAMPTZ,
    risk_review_overdue       BOOLEAN      NOT NULL DEFAULT FALSE,
    supervisor_review_due     TIMESTAMPTZ,
    supervisor_review_overdue BOOLEAN      NOT NULL DEFAULT FALSE,
    officer_id                VARCHAR(128),
    team_id                   VARCHAR(128),
    outcome_type              INTEGER,
    closed_at                 TIMESTAMPTZ,
    merged_into               VARCHAR(64),
    last_change_at            TIMESTAMPTZ  NOT NULL,
    version                   BIGINT       NOT NULL
);
CREATE INDEX case_summary_reference_ix ON case_summary (report_reference);
CREATE INDEX case_summary_officer_ix ON case_summary (officer_id, status);
CREATE INDEX case_summary_team_ix ON case_summary (team_id, status);
CREATE INDEX case_summary_victim_ix ON case_summary (victim_subject_id);
CREATE INDEX case_summary_reported_ix ON case_summary (reported_at);
CREATE INDEX case_summary_strands_ix ON case_summary USING GIN (perceived_strands);
