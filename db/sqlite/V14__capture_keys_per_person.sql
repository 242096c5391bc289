-- A capture key (Slack's trigger or view id) is unique per person, not per workspace: two people
-- whose payloads share an id must each get their own entry, and neither may be answered with the
-- other's.
DROP INDEX entries_by_capture_key;
CREATE UNIQUE INDEX entries_by_capture_key ON entries (team_id, user_id, capture_key);
