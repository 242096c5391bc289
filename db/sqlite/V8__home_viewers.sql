-- When the person first opened Receipts' App Home. Home is re-published on every change only for
-- people who have looked at it; everyone else gets it built fresh when they first open it.
ALTER TABLE people ADD COLUMN home_opened_at BIGINT;
