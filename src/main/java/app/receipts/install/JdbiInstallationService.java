package app.receipts.install;

import app.receipts.slack.SlackCallException;
import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.service.InstallationService;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's view of {@link InstallationStore}: the OAuth success handler saves here, and Bolt's
 * authorization middleware finds the bot of every incoming request here. Receipts keeps data per
 * workspace and asks for no user token, so one row per workspace holds everything.
 */
final class JdbiInstallationService implements InstallationService {
  private static final Logger log = LoggerFactory.getLogger(JdbiInstallationService.class);

  private final InstallationStore store;
  private final TokenRefresher refresher;
  private final Clock clock;

  JdbiInstallationService(InstallationStore store, TokenRefresher refresher, Clock clock) {
    this.store = store;
    this.refresher = refresher;
    this.clock = clock;
  }

  @Override
  public boolean isHistoricalDataEnabled() {
    return false;
  }

  @Override
  public void setHistoricalDataEnabled(boolean enabled) {
    if (enabled) {
      throw new IllegalArgumentException(
          "Receipts keeps only the latest installation of each workspace, never a history");
    }
  }

  @Override
  public void saveInstallerAndBot(Installer installer) {
    if (installer.getTeamId() == null) {
      throw new IllegalArgumentException(
          "Receipts keeps its data per workspace: install it into a workspace, not a whole org");
    }
    if (installer.getBotAccessToken() == null) {
      throw new IllegalArgumentException("Slack sent no bot token: add the bot scopes and retry");
    }
    store.save(
        new Installation(
            installer.getTeamId(),
            installer.getEnterpriseId(),
            installer.getAppId(),
            installer.getBotId(),
            installer.getBotUserId(),
            installer.getBotScope(),
            installer.getBotAccessToken(),
            installer.getBotRefreshToken(),
            onOurClock(installer.getBotTokenExpiresAt()),
            installer.getInstallerUserId(),
            clock.instant()));
    log.info("Workspace {} installed Receipts", installer.getTeamId());
  }

  @Override
  public void saveBot(Bot bot) {
    store
        .find(bot.getTeamId())
        .ifPresent(
            stored ->
                store.save(
                    stored.withToken(
                        bot.getBotAccessToken(),
                        bot.getBotRefreshToken(),
                        instant(bot.getBotTokenExpiresAt()))));
  }

  @Override
  public void deleteBot(Bot bot) {
    store.delete(bot.getTeamId());
  }

  @Override
  public void deleteInstaller(Installer installer) {
    store.delete(installer.getTeamId());
  }

  @Override
  public void deleteAll(String enterpriseId, String teamId) {
    store.delete(teamId);
  }

  @Override
  public Bot findBot(String enterpriseId, String teamId) {
    return current(teamId).map(JdbiInstallationService::bot).orElse(null);
  }

  @Override
  public Installer findInstaller(String enterpriseId, String teamId, String userId) {
    return current(teamId).map(JdbiInstallationService::installer).orElse(null);
  }

  private Optional<Installation> current(String teamId) {
    Optional<Installation> found;
    try {
      found = store.find(teamId);
    } catch (TokenCipher.WrongKeyException e) {
      log.error("Workspace {}: {}", teamId, e.getMessage());
      return Optional.empty();
    }
    if (found.isEmpty()) {
      return found;
    }
    try {
      return Optional.of(refresher.fresh(found.get()));
    } catch (SlackCallException e) {
      // use the current token while it lasts
      log.warn("Workspace {}: refreshing the bot token failed: {}", teamId, e.error());
      return found;
    }
  }

  private static Bot bot(Installation installation) {
    DefaultBot bot = new DefaultBot();
    bot.setTeamId(installation.teamId());
    bot.setEnterpriseId(installation.enterpriseId());
    bot.setAppId(installation.appId());
    bot.setBotId(installation.botId());
    bot.setBotUserId(installation.botUserId());
    bot.setBotScope(installation.botScopes());
    bot.setBotAccessToken(installation.botToken());
    // the token is already fresh (TokenRefresher); without a refresh token Bolt never rotates it a
    // second time on its own clock
    bot.setBotRefreshToken(null);
    bot.setBotTokenExpiresAt(null);
    bot.setInstalledAt(millis(installation.installedAt()));
    bot.setIsEnterpriseInstall(false);
    return bot;
  }

  private static Installer installer(Installation installation) {
    return DefaultInstaller.builder()
        .teamId(installation.teamId())
        .enterpriseId(installation.enterpriseId())
        .appId(installation.appId())
        .botId(installation.botId())
        .botUserId(installation.botUserId())
        .botScope(installation.botScopes())
        .botAccessToken(installation.botToken())
        .installerUserId(installation.installerUserId())
        .installedAt(millis(installation.installedAt()))
        .isEnterpriseInstall(false)
        .build();
  }

  /** Bolt stamps a rotating token's expiry with the system clock; re-anchor it on ours. */
  private Instant onOurClock(Long systemMillis) {
    return systemMillis == null
        ? null
        : clock.instant().plusMillis(systemMillis - System.currentTimeMillis());
  }

  private static Instant instant(Long millis) {
    return millis == null ? null : Instant.ofEpochMilli(millis);
  }

  private static Long millis(Instant instant) {
    return instant == null ? null : instant.toEpochMilli();
  }

  /** The workspace's current bot token, refreshed when due; for work outside a request. */
  String botToken(String teamId) {
    return current(teamId)
        .map(Installation::botToken)
        .orElseThrow(() -> new SlackCallException("installation", "not_installed", null, null));
  }
}
