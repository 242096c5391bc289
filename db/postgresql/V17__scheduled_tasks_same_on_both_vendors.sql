-- PostgreSQL twin of db/sqlite/V17, which rebuilds db-scheduler's table there to match this one.
-- V3 gave the table a state column that SQLite never had and that db-scheduler (16.x) neither
-- reads nor writes; nothing of ours touches it either.
ALTER TABLE scheduled_tasks DROP COLUMN state;
