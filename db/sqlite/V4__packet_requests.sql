-- Every review packet someone asked for, and how its delivery ended.
CREATE TABLE packet_requests (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    team_id       TEXT   NOT NULL,
    user_id       TEXT   NOT NULL,
    period_start  TEXT   NOT NULL,
    period_end    TEXT   NOT NULL,
    status        TEXT   NOT NULL CHECK (status IN ('REQUESTED', 'DELIVERED', 'FAILED')),
    error         TEXT,
    created_at    BIGINT NOT NULL,
    updated_at    BIGINT NOT NULL
);
CREATE INDEX packet_requests_by_owner ON packet_requests (team_id, user_id, created_at);
