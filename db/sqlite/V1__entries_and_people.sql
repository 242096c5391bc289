-- Evidence owned by one person in one workspace: wins they logged and praise they kept.
-- Instants are UTC epoch milliseconds; occurred_on is an ISO date in the owner's timezone.
CREATE TABLE entries (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    team_id         TEXT    NOT NULL,
    user_id         TEXT    NOT NULL,
    kind            TEXT    NOT NULL CHECK (kind IN ('WIN', 'PRAISE')),
    status          TEXT    NOT NULL DEFAULT 'KEPT' CHECK (status IN ('KEPT', 'PENDING')),
    text            TEXT    NOT NULL,
    impact          TEXT,
    metric          TEXT,
    competency      TEXT    NOT NULL,
    links           TEXT    NOT NULL DEFAULT '',
    occurred_on     TEXT    NOT NULL,
    author_user_id  TEXT,
    channel_id      TEXT,
    message_ts      TEXT,
    permalink       TEXT,
    saved_by        TEXT,
    note            TEXT,
    capture_key     TEXT,
    created_at      BIGINT  NOT NULL,
    updated_at      BIGINT  NOT NULL
);

CREATE INDEX entries_by_owner ON entries (team_id, user_id, occurred_on, id);
-- Slack may deliver the same command or submission twice; the key makes the second one a no-op.
CREATE UNIQUE INDEX entries_by_capture_key ON entries (team_id, capture_key);

-- Everyone who has used Receipts, with their Slack timezone (refreshed from users.info).
CREATE TABLE people (
    team_id        TEXT    NOT NULL,
    user_id        TEXT    NOT NULL,
    tz             TEXT,
    tz_offset      INTEGER,
    deactivated    BOOLEAN NOT NULL DEFAULT FALSE,
    first_seen_at  BIGINT  NOT NULL,
    tz_checked_at  BIGINT,
    PRIMARY KEY (team_id, user_id)
);
