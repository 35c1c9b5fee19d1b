-- One key per data subject. Erasing a subject removes its key for good and keeps only the fact and reason of the
-- erasure, so that every copy of that subject's personal data, wherever it is, can no longer be read.
CREATE TABLE subject_key (
    subject_id      VARCHAR(64)  NOT NULL PRIMARY KEY,
    subject_kind    VARCHAR(32)  NOT NULL,
    wrapped_key     BYTEA,
    created_at      TIMESTAMPTZ  NOT NULL,
    erased_at       TIMESTAMPTZ,
    erasure_reason  TEXT,
    CONSTRAINT subject_key_erased_has_no_key CHECK ((erased_at IS NULL) = (wrapped_key IS NOT NULL))
);
