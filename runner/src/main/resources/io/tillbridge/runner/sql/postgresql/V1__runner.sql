-- db-scheduler's execution table (one row per task instance: the unit of exclusivity across instances),
-- under a name of our own so that a host's own db-scheduler tables are left alone.
CREATE TABLE IF NOT EXISTS tillbridge_scheduled_tasks (
  task_name            TEXT                     NOT NULL,
  task_instance        TEXT                     NOT NULL,
  task_data            BYTEA,
  execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
  picked               BOOLEAN                  NOT NULL,
  picked_by            TEXT,
  last_success         TIMESTAMP WITH TIME ZONE,
  last_failure         TIMESTAMP WITH TIME ZONE,
  consecutive_failures INT,
  last_heartbeat       TIMESTAMP WITH TIME ZONE,
  version              BIGINT                   NOT NULL,
  priority             SMALLINT,
  PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX IF NOT EXISTS tillbridge_st_execution_time_idx ON tillbridge_scheduled_tasks (execution_time);
CREATE INDEX IF NOT EXISTS tillbridge_st_last_heartbeat_idx ON tillbridge_scheduled_tasks (last_heartbeat);
CREATE INDEX IF NOT EXISTS tillbridge_st_priority_idx ON tillbridge_scheduled_tasks (priority DESC, execution_time ASC);

-- Where each poller stopped, so that a restart or another instance goes on from there.
CREATE TABLE IF NOT EXISTS tillbridge_runner_cursor (
  name       TEXT PRIMARY KEY,
  position   TEXT NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Event ids already taken in (webhooks, notifications): a second delivery is refused, not scheduled again.
CREATE TABLE IF NOT EXISTS tillbridge_seen_event (
  source   TEXT NOT NULL,
  event_id TEXT NOT NULL,
  seen_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (source, event_id)
);

-- One row per settled day: the report kept, and the proof that the day ran once.
CREATE TABLE IF NOT EXISTS tillbridge_settlement_run (
  business_day DATE PRIMARY KEY,
  report       TEXT NOT NULL,
  finished_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A hold on a rate-limited downstream (e.g. Zoho's daily quota spent) that every instance honours.
CREATE TABLE IF NOT EXISTS tillbridge_rate_hold (
  limit_key  TEXT PRIMARY KEY,
  held_until TIMESTAMP WITH TIME ZONE NOT NULL,
  reason     TEXT NOT NULL
);

-- Bucket4j's token buckets, one row per organisation (Bucket4j's PostgreSQL proxy manager).
CREATE TABLE IF NOT EXISTS tillbridge_rate_bucket (
  id    TEXT PRIMARY KEY,
  state BYTEA,
  expires_at BIGINT
);
