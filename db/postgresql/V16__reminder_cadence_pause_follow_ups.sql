-- PostgreSQL twin of db/sqlite/V16.
-- Cadence (weekly, every other week from the anchor Monday, or monthly in week 1..4 or -1 = last),
-- a pause (paused_until = the first local day nudges come again; welcome_back = the next nudge
-- says the pause is over), quiet weeks (no nudge in a week with an entry) and when the last metric
-- follow-up went out.
ALTER TABLE reminder_settings ADD COLUMN cadence TEXT NOT NULL DEFAULT 'WEEKLY'
    CHECK (cadence IN ('WEEKLY', 'BIWEEKLY', 'MONTHLY'));
ALTER TABLE reminder_settings ADD COLUMN cadence_anchor TEXT;
ALTER TABLE reminder_settings ADD COLUMN month_week INTEGER NOT NULL DEFAULT 0;
ALTER TABLE reminder_settings ADD COLUMN paused_until TEXT;
ALTER TABLE reminder_settings ADD COLUMN welcome_back BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE reminder_settings ADD COLUMN quiet_weeks BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE reminder_settings ADD COLUMN last_follow_up BIGINT;

-- A slot skipped on purpose (away status, quiet week) is handled like a sent one: 'skipped'.
ALTER TABLE reminder_deliveries DROP CONSTRAINT reminder_deliveries_state_check;
ALTER TABLE reminder_deliveries ADD CONSTRAINT reminder_deliveries_state_check
    CHECK (state IN ('claimed', 'posting', 'sent', 'maybe_sent', 'skipped'));

-- Wins without a number that a follow-up DM asked about (asked_in = its slot key), and those the
-- person said have no number; neither is asked about again.
CREATE TABLE metric_follow_ups (
    team_id      TEXT   NOT NULL,
    user_id      TEXT   NOT NULL,
    entry_id     BIGINT NOT NULL,
    asked_in     TEXT   NOT NULL,
    asked_at     BIGINT NOT NULL,
    declined_at  BIGINT,
    PRIMARY KEY (team_id, user_id, entry_id)
);
CREATE INDEX metric_follow_ups_by_dm ON metric_follow_ups (team_id, user_id, asked_in);
