-- PostgreSQL twin of db/sqlite/V13.
-- A delivery claim now says how far its DM got, so that at most one DM goes out per person and
-- slot while a slot claimed by an instance that died before sending is still finished:
--   claimed     claimed by execution claimed_by (run claim_token), no DM call made yet;
--               only a later run of that same execution (a revived one) may take it over
--   posting     chat.postMessage is under way, or its instance died during it: may have reached
--               Slack, so never sent again
--   sent        Slack answered ok
--   maybe_sent  the call failed in a way that may have reached Slack (timeout, reset, 5xx):
--               counts as sent
-- Rows from before this migration were written by the old claim-then-send code: they count as sent.
ALTER TABLE reminder_deliveries ADD COLUMN state TEXT NOT NULL DEFAULT 'sent'
    CHECK (state IN ('claimed', 'posting', 'sent', 'maybe_sent'));
ALTER TABLE reminder_deliveries ADD COLUMN claimed_by TEXT;
ALTER TABLE reminder_deliveries ADD COLUMN claim_token TEXT;
