-- A person pins an entry (always a highlight in their packets) or leaves it out of packets; the
-- instant it happened, or NULL. EntryService clears one when it sets the other.
ALTER TABLE entries ADD COLUMN pinned_at BIGINT;
ALTER TABLE entries ADD COLUMN left_out_at BIGINT;
