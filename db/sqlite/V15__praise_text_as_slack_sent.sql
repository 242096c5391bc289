-- Praise text used to be stored with Slack's entities decoded (&amp; → &), which made a mention
-- and a typed "<" look alike. It is now kept as Slack sent it, so restore the one entity that can
-- be restored exactly; a bare < or > left in old rows is escaped when shown (SlackMarkup).
UPDATE entries SET text = REPLACE(text, '&', '&amp;') WHERE kind = 'PRAISE';
