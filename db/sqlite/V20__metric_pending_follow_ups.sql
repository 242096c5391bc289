-- A win whose number the person said comes later (the modal's "I'll have the number later"): a
-- row with pending_since and no asked_in yet, so the metric follow-up asks about it even though it
-- has some metric text. asked_in and asked_at stay empty until a follow-up DM asks.
-- SQLite cannot drop NOT NULL in place, so the table is rebuilt with the same rows.
CREATE TABLE metric_follow_ups_v20 (
    team_id        TEXT   NOT NULL,
    user_id        TEXT   NOT NULL,
    entry_id       BIGINT NOT NULL,
    asked_in       TEXT,
    asked_at       BIGINT,
    declined_at    BIGINT,
    pending_since  BIGINT,
    PRIMARY KEY (team_id, user_id, entry_id)
);
INSERT INTO metric_follow_ups_v20 (team_id, user_id, entry_id, asked_in, asked_at, declined_at)
SELECT team_id, user_id, entry_id, asked_in, asked_at, declined_at
FROM metric_follow_ups;
DROP TABLE metric_follow_ups;
ALTER TABLE metric_follow_ups_v20 RENAME TO metric_follow_ups;
CREATE INDEX metric_follow_ups_by_dm ON metric_follow_ups (team_id, user_id, asked_in);
