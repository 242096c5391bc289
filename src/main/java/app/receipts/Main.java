package app.receipts;

import app.receipts.install.MultiWorkspace;
import app.receipts.install.PurgeTeamCli;
import app.receipts.install.TokenCipher;
import app.receipts.install.Uninstalls;
import app.receipts.packet.PacketCli;
import app.receipts.slack.EventDeduplication;
import app.receipts.slack.SlackAppFactory;
import app.receipts.slack.SlackClients;
import app.receipts.slack.SlackStartupFailure;
import app.receipts.store.Database;
import app.receipts.store.DatabaseStartupFailure;
import com.slack.api.Slack;
import com.slack.api.bolt.App;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;

/** Starts Receipts: config → Slack check → database → services → routes → server. */
public final class Main {
  /** users.info calls at once: enough for a burst of newcomers, few enough to stay polite. */
  private static final int PROFILE_LOOKUPS = 8;

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
    } catch (SlackStartupFailure | DatabaseStartupFailure e) {
      // one line naming the cause and the fix; the stack trace would only bury it
      System.err.println("Receipts cannot start: " + e.getMessage());
      System.exit(2);
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
    ExecutorService executor = WorkerPools.dropping("worker", config.workerThreads(), 10_000);
    ExecutorService lookups = WorkerPools.refusing("profile-lookup", PROFILE_LOOKUPS, 10_000);
    Services services = Services.build(database, clients, uninstalls, clock, executor, lookups);

    App app =
        workspaces == null
            ? SlackAppFactory.app(config, slack)
            : SlackAppFactory.app(config, slack, workspaces.installations(), workspaces.states());
    app.use(new EventDeduplication(services.deliveries()));
    Routes.register(app, services);
    return Running.start(
        config,
        app,
        database,
        List.of(executor, lookups),
        services.reminderTask(),
        services.jobs());
  }
}
