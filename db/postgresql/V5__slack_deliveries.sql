-- PostgreSQL twin of db/sqlite/V5. Events Slack delivered, by event_id: a retried delivery of the same event is acknowledged and
-- not handled twice. Rows older than a day are pruned (Slack retries within minutes).
CREATE TABLE slack_deliveries (
    team_id      TEXT   NOT NULL,
    delivery_id  TEXT   NOT NULL,
    received_at  BIGINT NOT NULL,
    PRIMARY KEY (team_id, delivery_id)
);
CREATE INDEX slack_deliveries_by_age ON slack_deliveries (received_at);
