-- Only saved messages have a channel and timestamp; a win's NULLs never collide in a unique index,
-- so indexing them bought nothing and cost every /win one more index page to write.
DROP INDEX entries_praise_once;
CREATE UNIQUE INDEX entries_praise_once ON entries (team_id, user_id, channel_id, message_ts)
    WHERE message_ts IS NOT NULL;
