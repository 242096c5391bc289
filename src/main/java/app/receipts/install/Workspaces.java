package app.receipts.install;

import app.receipts.Config;
import app.receipts.slack.Feature;
import app.receipts.slack.SlackAppFactory;
import app.receipts.slack.SlackClients;
import app.receipts.store.Database;
import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import java.time.Clock;

/**
 * One workspace with the bot token from the environment, or many installed through OAuth: the Bolt
 * app, the Web API clients of background work, and what an uninstall forgets.
 */
public final class Workspaces implements Feature {
  private final App app;
  private final SlackClients clients;
  private final Uninstalls uninstalls;

  private Workspaces(App app, SlackClients clients, Uninstalls uninstalls) {
    this.app = app;
    this.clients = clients;
    this.uninstalls = uninstalls;
  }

  /** Closes the database when the stored tokens cannot be opened, since nothing will start. */
  public static Workspaces open(Config config, Slack slack, Database database, Clock clock) {
    if (!config.multiWorkspace()) {
      return new Workspaces(
          SlackAppFactory.app(config, slack),
          new SlackClients(slack, config.botToken()),
          new Uninstalls(team -> {}));
    }
    MultiWorkspace workspaces;
    try {
      workspaces = MultiWorkspace.open(config.oauth(), slack, database.jdbi(), clock);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
    return new Workspaces(
        SlackAppFactory.app(config, slack, workspaces.installations(), workspaces.states()),
        new SlackClients(slack, workspaces.installations()::botToken),
        new Uninstalls(workspaces.store()::delete));
  }

  public App app() {
    return app;
  }

  public SlackClients clients() {
    return clients;
  }

  @Override
  public void register(App app) {
    app.event(AppUninstalledEvent.class, uninstalls.appUninstalled());
    app.event(TokensRevokedEvent.class, uninstalls.tokensRevoked());
  }
}
