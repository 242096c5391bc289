-- Every rebuttal or bonus packet someone asked for: what they typed into the modal (kept until it is
-- delivered, so a job revived after a restart builds the same document) and how its delivery went.
-- POSTED: the summary is in the DM and only the files are left to send.
CREATE TABLE conversation_requests (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    team_id       TEXT   NOT NULL,
    user_id       TEXT   NOT NULL,
    request_key   TEXT   NOT NULL,
    kind          TEXT   NOT NULL CHECK (kind IN ('REBUTTAL', 'BONUS')),
    period_start  TEXT   NOT NULL,
    period_end    TEXT   NOT NULL,
    period_slug   TEXT   NOT NULL,
    inputs        TEXT   NOT NULL,
    status        TEXT   NOT NULL CHECK (status IN ('REQUESTED', 'POSTED', 'DELIVERED', 'FAILED')),
    error         TEXT,
    created_at    BIGINT NOT NULL,
    updated_at    BIGINT NOT NULL
);
CREATE UNIQUE INDEX conversation_requests_by_key ON conversation_requests (team_id, request_key);
CREATE INDEX conversation_requests_by_owner ON conversation_requests (team_id, user_id, created_at);
