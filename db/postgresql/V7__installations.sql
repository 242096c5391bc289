-- PostgreSQL twin of db/sqlite/V7: same tables, columns and indexes.
-- Workspaces that installed Receipts through Slack OAuth (multi-workspace mode), one row each.
-- Tokens are AES-GCM ciphertext under RECEIPTS_ENCRYPTION_KEY ("v1:" + base64), never plain text.
-- app_uninstalled / tokens_revoked delete the row; the workspace's entries stay until an admin runs
-- purge-team. Instants are UTC epoch milliseconds.
CREATE TABLE installations (
    team_id               TEXT   NOT NULL PRIMARY KEY,
    enterprise_id         TEXT,
    app_id                TEXT,
    bot_id                TEXT,
    bot_user_id           TEXT   NOT NULL,
    bot_scopes            TEXT,
    bot_token             TEXT   NOT NULL,
    bot_refresh_token     TEXT,
    bot_token_expires_at  BIGINT,
    installer_user_id     TEXT,
    installed_at          BIGINT NOT NULL,
    updated_at            BIGINT NOT NULL
);

-- OAuth state values handed out by /slack/install; each is claimed once, before its expiry.
CREATE TABLE oauth_states (
    state       TEXT   NOT NULL PRIMARY KEY,
    expires_at  BIGINT NOT NULL
);
CREATE INDEX oauth_states_by_expiry ON oauth_states (expires_at);
