-- Slack may deliver the same /win packet, button click or modal submission twice, to any instance:
-- the request key (its trigger or view id) makes the second delivery build nothing.
ALTER TABLE packet_requests ADD COLUMN request_key TEXT;
CREATE UNIQUE INDEX packet_requests_by_key ON packet_requests (team_id, request_key);
