package app.receipts.install;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The installations table, tokens encrypted on the way in and decrypted on the way out. Lookups are
 * cached briefly: Bolt looks the bot up on every request. A save or delete here clears the entry at
 * once; another instance sharing the database sees the change within {@link #CACHE_FOR}.
 */
final class InstallationStore {
  static final Duration CACHE_FOR = Duration.ofSeconds(30);

  private final Jdbi jdbi;
  private final TokenCipher cipher;
  private final Clock clock;
  private final ConcurrentMap<String, Cached> cache = new ConcurrentHashMap<>();

  private record Cached(Optional<Installation> installation, Instant loadedAt) {}

  private record Row(
      String teamId,
      String enterpriseId,
      String appId,
      String botId,
      String botUserId,
      String botScopes,
      String botToken,
      String botRefreshToken,
      Instant botTokenExpiresAt,
      String installerUserId,
      Instant installedAt) {}

  InstallationStore(Jdbi jdbi, TokenCipher cipher, Clock clock) {
    this.jdbi = jdbi;
    this.cipher = cipher;
    this.clock = clock;
  }

  Optional<Installation> find(String teamId) {
    if (teamId == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Cached cached = cache.get(teamId);
    if (cached != null && cached.loadedAt().plus(CACHE_FOR).isAfter(now)) {
      return cached.installation();
    }
    Optional<Installation> loaded = load(teamId);
    cache.put(teamId, new Cached(loaded, now));
    return loaded;
  }

  /** Straight from the database, for decisions that must not act on a stale copy. */
  Optional<Installation> load(String teamId) {
    return jdbi.withHandle(
            handle ->
                handle
                    .createQuery("SELECT * FROM installations WHERE team_id = :teamId")
                    .bind("teamId", teamId)
                    .map(InstallationStore::row)
                    .findOne())
        .map(this::decrypt);
  }

  void save(Installation installation) {
    String teamId = installation.teamId();
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    """
                    INSERT INTO installations (team_id, enterprise_id, app_id, bot_id, bot_user_id,
                        bot_scopes, bot_token, bot_refresh_token, bot_token_expires_at,
                        installer_user_id, installed_at, updated_at)
                    VALUES (:teamId, :enterpriseId, :appId, :botId, :botUserId, :botScopes,
                        :botToken, :botRefreshToken, :botTokenExpiresAt, :installerUserId,
                        :installedAt, :now)
                    ON CONFLICT (team_id) DO UPDATE SET
                        enterprise_id = excluded.enterprise_id, app_id = excluded.app_id,
                        bot_id = excluded.bot_id, bot_user_id = excluded.bot_user_id,
                        bot_scopes = excluded.bot_scopes, bot_token = excluded.bot_token,
                        bot_refresh_token = excluded.bot_refresh_token,
                        bot_token_expires_at = excluded.bot_token_expires_at,
                        installer_user_id = excluded.installer_user_id,
                        installed_at = excluded.installed_at, updated_at = excluded.updated_at
                    """)
                .bind("teamId", teamId)
                .bind("enterpriseId", installation.enterpriseId())
                .bind("appId", installation.appId())
                .bind("botId", installation.botId())
                .bind("botUserId", installation.botUserId())
                .bind("botScopes", installation.botScopes())
                .bind("botToken", cipher.encrypt(installation.botToken(), context(teamId, "bot")))
                .bind(
                    "botRefreshToken",
                    cipher.encrypt(installation.botRefreshToken(), context(teamId, "refresh")))
                .bind("botTokenExpiresAt", installation.botTokenExpiresAt())
                .bind("installerUserId", installation.installerUserId())
                .bind("installedAt", installation.installedAt())
                .bind("now", clock.instant())
                .execute());
    cache.remove(teamId);
  }

  /** Forgets the workspace's tokens; true if there were any. */
  boolean delete(String teamId) {
    int deleted =
        jdbi.withHandle(
            handle ->
                handle
                    .createUpdate("DELETE FROM installations WHERE team_id = :teamId")
                    .bind("teamId", teamId)
                    .execute());
    cache.remove(teamId);
    return deleted > 0;
  }

  /**
   * Decrypts one stored token, so a wrong RECEIPTS_ENCRYPTION_KEY stops start-up with a clear
   * message instead of failing every request later.
   */
  void checkKey() {
    jdbi.withHandle(
            handle ->
                handle
                    .createQuery("SELECT * FROM installations ORDER BY team_id LIMIT 1")
                    .map(InstallationStore::row)
                    .findOne())
        .ifPresent(this::decrypt);
  }

  private static Row row(ResultSet rs, StatementContext ctx) throws SQLException {
    long expires = rs.getLong("bot_token_expires_at");
    Instant expiresAt = rs.wasNull() ? null : Instant.ofEpochMilli(expires);
    return new Row(
        rs.getString("team_id"),
        rs.getString("enterprise_id"),
        rs.getString("app_id"),
        rs.getString("bot_id"),
        rs.getString("bot_user_id"),
        rs.getString("bot_scopes"),
        rs.getString("bot_token"),
        rs.getString("bot_refresh_token"),
        expiresAt,
        rs.getString("installer_user_id"),
        Instant.ofEpochMilli(rs.getLong("installed_at")));
  }

  private Installation decrypt(Row row) {
    return new Installation(
        row.teamId(),
        row.enterpriseId(),
        row.appId(),
        row.botId(),
        row.botUserId(),
        row.botScopes(),
        cipher.decrypt(row.botToken(), context(row.teamId(), "bot")),
        cipher.decrypt(row.botRefreshToken(), context(row.teamId(), "refresh")),
        row.botTokenExpiresAt(),
        row.installerUserId(),
        row.installedAt());
  }

  private static String context(String teamId, String column) {
    return "installations/" + teamId + "/" + column;
  }
}
