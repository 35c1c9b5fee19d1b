-- The cases victim contact has heard of, so that Victims' Code duties can start the moment a victim is known.
CREATE TABLE known_case (
    case_id          VARCHAR(64) NOT NULL PRIMARY KEY,
    report_reference VARCHAR(32) NOT NULL,
    opened_at        TIMESTAMPTZ NOT NULL
);
