-- PostgreSQL twin of db/sqlite/V3.
-- Each person's reminder settings; absent row = the defaults (Fridays 16:00, on).
CREATE TABLE reminder_settings (
    team_id             TEXT    NOT NULL,
    user_id             TEXT    NOT NULL,
    days                TEXT    NOT NULL DEFAULT 'FRIDAY',
    time_of_day         TEXT    NOT NULL DEFAULT '16:00',
    enabled             BOOLEAN NOT NULL DEFAULT TRUE,
    review_date         TEXT,
    previous_review     TEXT,
    first_nudge_sent    BOOLEAN NOT NULL DEFAULT FALSE,
    dm_blocked          BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at          BIGINT  NOT NULL,
    PRIMARY KEY (team_id, user_id)
);

-- One row per reminder sent: the key (user + slot) is claimed in the same transaction that checks
-- it, before the DM goes out, so no slot is ever sent twice, by any instance.
CREATE TABLE reminder_deliveries (
    team_id   TEXT   NOT NULL,
    user_id   TEXT   NOT NULL,
    slot_key  TEXT   NOT NULL,
    sent_at   BIGINT NOT NULL,
    PRIMARY KEY (team_id, user_id, slot_key)
);

-- db-scheduler's table (persistent, cluster-safe task executions).
CREATE TABLE scheduled_tasks (
    task_name             TEXT NOT NULL,
    task_instance         TEXT NOT NULL,
    task_data             BYTEA,
    execution_time        TIMESTAMP WITH TIME ZONE,
    picked                BOOLEAN NOT NULL,
    picked_by             TEXT,
    last_success          TIMESTAMP WITH TIME ZONE,
    last_failure          TIMESTAMP WITH TIME ZONE,
    consecutive_failures  INT,
    last_heartbeat        TIMESTAMP WITH TIME ZONE,
    version               BIGINT NOT NULL,
    priority              SMALLINT,
    state                 TEXT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);
