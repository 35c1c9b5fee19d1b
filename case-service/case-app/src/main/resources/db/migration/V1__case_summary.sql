CREATE TABLE case_summary (
    case_id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    report_reference VARCHAR(32)  NOT NULL,
    status           VARCHAR(32)  NOT NULL,
    opened_at        TIMESTAMPTZ  NOT NULL
);
CREATE INDEX case_summary_reference_ix ON case_summary (report_reference);
