-- Who a case is allocated to, so that victim care duties can be queued by officer and team.
ALTER TABLE known_case ADD COLUMN officer_id VARCHAR(128);
ALTER TABLE known_case ADD COLUMN team_id VARCHAR(128);

-- Each victim's care as it stands: enhanced rights, preferences and needs.
CREATE TABLE victim_care (
    case_id              VARCHAR(64) NOT NULL PRIMARY KEY,
    victim_subject_id    VARCHAR(64),
    registered           BOOLEAN     NOT NULL DEFAULT FALSE,
    anonymous            BOOLEAN     NOT NULL DEFAULT FALSE,
    age_group            VARCHAR(16),
    police_contact       VARCHAR(32),
    referral_consent     BOOLEAN     NOT NULL DEFAULT FALSE,
    contact_method       VARCHAR(32),
    language             VARCHAR(35),
    interpreter_needed   BOOLEAN     NOT NULL DEFAULT FALSE,
    routine_every_days   INTEGER,
    enhanced             BOOLEAN     NOT NULL DEFAULT FALSE,
    grounds              TEXT[]      NOT NULL DEFAULT '{}',
    update_working_days  INTEGER     NOT NULL DEFAULT 5,
    override_reason      TEXT,
    needs_outcome        VARCHAR(32),
    needs_assessed_at    TIMESTAMPTZ,
    first_contact_at     TIMESTAMPTZ,
    last_contact_at      TIMESTAMPTZ
);
CREATE INDEX victim_care_subject_ix ON victim_care (victim_subject_id);

-- Every duty owed to a victim, whether met on time, late, or still open.
CREATE TABLE victim_duty (
    case_id   VARCHAR(64)  NOT NULL,
    duty_id   VARCHAR(128) NOT NULL,
    reason    VARCHAR(32)  NOT NULL,
    due_by    TIMESTAMPTZ  NOT NULL,
    overdue   BOOLEAN      NOT NULL DEFAULT FALSE,
    met_at    TIMESTAMPTZ,
    met_late  BOOLEAN,
    PRIMARY KEY (case_id, duty_id)
);
CREATE INDEX victim_duty_open_ix ON victim_duty (due_by) WHERE met_at IS NULL;

CREATE TABLE victim_contact (
    case_id        VARCHAR(64)  NOT NULL,
    event_id       VARCHAR(64)  NOT NULL PRIMARY KEY,
    contacted_at   TIMESTAMPTZ  NOT NULL,
    method         VARCHAR(32)  NOT NULL,
    summary_sealed TEXT,
    contacted_by   VARCHAR(128),
    duties_met     INTEGER      NOT NULL,
    duties_late    INTEGER      NOT NULL
);
CREATE INDEX victim_contact_case_ix ON victim_contact (case_id, contacted_at);

CREATE TABLE victim_referral (
    case_id     VARCHAR(64)  NOT NULL,
    referral_id VARCHAR(80)  NOT NULL PRIMARY KEY,
    service     VARCHAR(32)  NOT NULL,
    referred_at TIMESTAMPTZ  NOT NULL,
    late        BOOLEAN      NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    reason      TEXT
);
CREATE INDEX victim_referral_case_ix ON victim_referral (case_id);
