CREATE TABLE seen_probe (
    event_id    VARCHAR(64) NOT NULL PRIMARY KEY,
    writer      VARCHAR(16) NOT NULL,
    number      INTEGER     NOT NULL
);
