-- The events already applied to case_state, so that a redelivered event is applied once.
CREATE TABLE case_state_applied (event_id VARCHAR(64) NOT NULL PRIMARY KEY);
