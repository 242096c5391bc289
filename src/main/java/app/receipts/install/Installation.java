package app.receipts.install;

import java.time.Instant;

/**
 * One workspace's installation of Receipts: its bot and the bot's token, which rotates when Slack
 * token rotation is on (then a refresh token and an expiry come with it).
 */
record Installation(
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
    Instant installedAt) {

  Installation withToken(String token, String refreshToken, Instant expiresAt) {
    return new Installation(
        teamId,
        enterpriseId,
        appId,
        botId,
        botUserId,
        botScopes,
        token,
        refreshToken,
        expiresAt,
        installerUserId,
        installedAt);
  }

  /** Tokens never reach a log line through a record's generated toString. */
  @Override
  public String toString() {
    return "Installation[teamId=" + teamId + ", botUserId=" + botUserId + "]";
  }
}
