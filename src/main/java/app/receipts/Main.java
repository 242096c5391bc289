package app.receipts;

import app.receipts.install.MultiWorkspace;
import app.receipts.install.PurgeTeamCli;
import app.receipts.install.TokenCipher;
import app.receipts.install.Uninstalls;
import app.receipts.packet.PacketCli;
import app.receipts.slack.EventDeduplication;
import app.receipts.slack.SlackAppFactory;
import app.receipts.slack.SlackCallException;
import app.receipts.slack.SlackClients;
import app.receipts.store.Database;
import com.slack.api.Slack;
import com.slack.api.bolt.App;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Starts Receipts: config → Slack check → database → services → routes → server. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("packet")) {
      System.exit(PacketCli.run(args, System.getenv(), System.out, System.err));
    }
    if (args.length > 0 && args[0].equals("purge-team")) {
      System.exit(PurgeTeamCli.run(args, System.getenv(), System.out, System.err));
    }
    try {
      Running running = start(Config.fromEnv(System.getenv()), Clock.systemUTC());
      Runtime.getRuntime().addShutdownHook(new Thread(running::close, "shutdown"));
    } catch (Config.ConfigException e) {
      System.err.println(e.getMessage());
      System.exit(2);
    } catch (TokenCipher.WrongKeyException e) {
      System.err.println("Receipts cannot start: " + e.getMessage());
      System.exit(2);
    } catch (SlackCallException e) {
      System.err.println(
          "Receipts cannot start: Slack answered "
              + e.method()
              + " with \""
              + e.error()
              + "\". Check SLACK_BOT_TOKEN and SLACK_API_URL.");
      System.exit(1);
    }
  }

  public static Running start(Config config, Clock clock) {
    Slack slack = SlackAppFactory.slack(config);
    if (!config.multiWorkspace()) {
      SlackAppFactory.authTest(slack, config);
    }
    Database database = Database.open(config.databaseUrl());
    MultiWorkspace workspaces = null;
    if (config.multiWorkspace()) {
      try {
        workspaces = MultiWorkspace.open(config.oauth(), slack, database.jdbi(), clock);
      } catch (RuntimeException e) {
        database.close();
        throw e;
      }
    }
    SlackClients clients =
        workspaces == null
            ? new SlackClients(slack, config.botToken())
            : new SlackClients(slack, workspaces.installations()::botToken);
    Uninstalls uninstalls =
        new Uninstalls(workspaces == null ? team -> {} : workspaces.store()::delete);
    ExecutorService executor = Executors.newFixedThreadPool(config.workerThreads());
    Services services = Services.build(database, clients, uninstalls, clock, executor);

    App app =
        workspaces == null
            ? SlackAppFactory.app(config, slack)
            : SlackAppFactory.app(config, slack, workspaces.installations(), workspaces.states());
    app.use(new EventDeduplication(services.deliveries()));
    Routes.register(app, services);
    return Running.start(config, app, database, executor, services.reminderTask(), services.jobs());
  }
}
