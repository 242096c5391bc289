-- The same Slack message is kept at most once per person: a second save updates the note.
CREATE UNIQUE INDEX entries_praise_once ON entries (team_id, user_id, channel_id, message_ts);

-- What the "Save as evidence" shortcut carried, between opening the modal and submitting it.
-- The message text can be far longer than a modal's private_metadata may hold.
CREATE TABLE praise_drafts (
    id              TEXT   NOT NULL PRIMARY KEY,
    team_id         TEXT   NOT NULL,
    saver_id        TEXT   NOT NULL,
    channel_id      TEXT   NOT NULL,
    message_ts      TEXT   NOT NULL,
    author_user_id  TEXT,
    text            TEXT   NOT NULL,
    problem         TEXT,
    created_at      BIGINT NOT NULL
);
CREATE INDEX praise_drafts_by_saver ON praise_drafts (team_id, saver_id);
