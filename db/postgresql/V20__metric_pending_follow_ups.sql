-- PostgreSQL twin of db/sqlite/V20.
-- A win whose number the person said comes later (the modal's "I'll have the number later"): a
-- row with pending_since and no asked_in yet, so the metric follow-up asks about it even though it
-- has some metric text. asked_in and asked_at stay empty until a follow-up DM asks.
ALTER TABLE metric_follow_ups ALTER COLUMN asked_in DROP NOT NULL;
ALTER TABLE metric_follow_ups ALTER COLUMN asked_at DROP NOT NULL;
ALTER TABLE metric_follow_ups ADD COLUMN pending_since BIGINT;
