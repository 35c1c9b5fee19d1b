-- The instances of a service that are alive, so that each can take its fair share of every streaming processor's
-- segments: an instance writes its heartbeat here, and one not heard from for a while is no longer counted.
CREATE TABLE hcir_processor_instance (
    instance_id VARCHAR(255) NOT NULL PRIMARY KEY,
    seen_at     TIMESTAMPTZ  NOT NULL
);
