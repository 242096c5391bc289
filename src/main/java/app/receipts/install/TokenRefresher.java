package app.receipts.install;

import app.receipts.slack.SlackCalls;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With token rotation on, a bot token lives 12 hours and comes with a refresh token. A token that
 * expires within {@link #REFRESH_BEFORE} is exchanged for a new one (oauth.v2.access with
 * grant_type=refresh_token) before it is used, and the new pair is stored.
 */
final class TokenRefresher {
  static final Duration REFRESH_BEFORE = Duration.ofHours(2);
  private static final Logger log = LoggerFactory.getLogger(TokenRefresher.class);

  private final InstallationStore store;
  private final MethodsClient slack;
  private final String clientId;
  private final String clientSecret;
  private final Clock clock;
  private final ConcurrentMap<String, Object> locks = new ConcurrentHashMap<>();

  TokenRefresher(
      InstallationStore store,
      MethodsClient slack,
      String clientId,
      String clientSecret,
      Clock clock) {
    this.store = store;
    this.slack = slack;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.clock = clock;
  }

  Installation fresh(Installation installation) {
    if (!dueForRefresh(installation)) {
      return installation;
    }
    // one refresh per workspace at a time: a refresh token is spent by its first use
    synchronized (locks.computeIfAbsent(installation.teamId(), team -> new Object())) {
      Installation latest = store.load(installation.teamId()).orElse(installation);
      if (!dueForRefresh(latest)) {
        return latest;
      }
      OAuthV2AccessResponse response =
          SlackCalls.ok(
              "oauth.v2.access",
              () ->
                  slack.oauthV2Access(
                      r ->
                          r.clientId(clientId)
                              .clientSecret(clientSecret)
                              .grantType("refresh_token")
                              .refreshToken(latest.botRefreshToken())));
      Instant expiresAt =
          response.getExpiresIn() == null
              ? null
              : clock.instant().plusSeconds(response.getExpiresIn());
      Installation refreshed =
          latest.withToken(response.getAccessToken(), response.getRefreshToken(), expiresAt);
      store.save(refreshed);
      log.info("Refreshed the bot token of workspace {}", installation.teamId());
      return refreshed;
    }
  }

  private boolean dueForRefresh(Installation installation) {
    return installation.botRefreshToken() != null
        && installation.botTokenExpiresAt() != null
        && installation.botTokenExpiresAt().isBefore(clock.instant().plus(REFRESH_BEFORE));
  }
}
