-- db-scheduler's execution table (one row per task instance: the unit of exclusivity across instances),
-- under a name of our own so that a host's own db-scheduler tables are left alone.
CREATE TABLE IF NOT EXISTS tillbridge_scheduled_tasks (
  task_name            VARCHAR(200)             NOT NULL,
  task_instance        VARCHAR(500)             NOT NULL,
  task_data            VARBINARY,
  execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
  picked               BOOLEAN                  NOT NULL,
  picked_by            VARCHAR(200),
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

-- Where each poller stopped, so that a restart or another instance goes on from there.
CREATE TABLE IF NOT EXISTS tillbridge_runner_cursor (
  name       VARCHAR(200)             PRIMARY KEY,
  position   VARCHAR(1000)            NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Event ids already taken in (webhooks, notifications): a second delivery is refused, not scheduled again.
CREATE TABLE IF NOT EXISTS tillbridge_seen_event (
  source   VARCHAR(100)             NOT NULL,
  event_id VARCHAR(500)             NOT NULL,
  seen_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (source, event_id)
);

-- One row per settled day: the report kept, and the proof that the day ran once.
CREATE TABLE IF NOT EXISTS tillbridge_settlement_run (
  business_day DATE                     PRIMARY KEY,
  report       CLOB                     NOT NULL,
  finished_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

