-- One row that the health probe rewrites every second, proving that a write still commits
-- (/healthz answers from it). It describes the instance's storage, not a workspace: no team_id.
CREATE TABLE health_probe (
  id INTEGER PRIMARY KEY,
  checked_at BIGINT NOT NULL
);
