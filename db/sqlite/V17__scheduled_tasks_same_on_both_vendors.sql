-- db-scheduler's table had drifted between the vendors: here picked was a nullable BIT and version
-- nullable, on PostgreSQL both are NOT NULL (picked a BOOLEAN), as db-scheduler's own schema has
-- them. db-scheduler writes both on every insert, so NOT NULL only turns a broken row into an
-- error; text columns become TEXT as everywhere else (SQLite never enforced the VARCHAR lengths).
-- MigrationParityTest compares the two vendors' schemas from now on.
-- SQLite cannot change a column's type or nullability in place, so the table is rebuilt with the
-- same rows: tasks already scheduled (reminders, packets, exports) keep their time and data.
CREATE TABLE scheduled_tasks_v17 (
    task_name             TEXT      NOT NULL,
    task_instance         TEXT      NOT NULL,
    task_data             BLOB,
    execution_time        TIMESTAMP,
    picked                BOOLEAN   NOT NULL,
    picked_by             TEXT,
    last_success          TIMESTAMP,
    last_failure          TIMESTAMP,
    consecutive_failures  INT,
    last_heartbeat        TIMESTAMP,
    version               BIGINT    NOT NULL,
    priority              SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
INSERT INTO scheduled_tasks_v17 (task_name, task_instance, task_data, execution_time, picked,
    picked_by, last_success, last_failure, consecutive_failures, last_heartbeat, version, priority)
SELECT task_name, task_instance, task_data, execution_time, COALESCE(picked, FALSE), picked_by,
    last_success, last_failure, consecutive_failures, last_heartbeat, COALESCE(version, 1), priority
FROM scheduled_tasks;
DROP TABLE scheduled_tasks;
ALTER TABLE scheduled_tasks_v17 RENAME TO scheduled_tasks;
CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);
