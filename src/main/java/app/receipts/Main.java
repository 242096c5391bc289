package app.receipts;

import app.receipts.capture.CaptureFeature;
import app.receipts.conversations.ConversationsFeature;
import app.receipts.evidence.EvidenceFeature;
import app.receipts.home.HomeFeature;
import app.receipts.install.PurgeTeamCli;
import app.receipts.install.TokenCipher;
import app.receipts.install.Workspaces;
import app.receipts.mydata.MyDataFeature;
import app.receipts.packet.PacketCli;
import app.receipts.packet.PacketFeature;
import app.receipts.playground.Playground;
import app.receipts.reminders.ReminderFeature;
import app.receipts.slack.EventDeduplication;
import app.receipts.slack.SlackAppFactory;
import app.receipts.slack.SlackStartupFailure;
import app.receipts.store.Database;
import app.receipts.store.DatabaseStartupFailure;
import java.time.Clock;
import java.util.List;

/** Starts Receipts: config → Slack check → database → shared pieces → each feature → server. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    var env = System.getenv();
    switch (args.length > 0 ? args[0] : "") {
      case "packet" -> System.exit(PacketCli.run(args, env, System.out, System.err));
      case "purge-team" -> System.exit(PurgeTeamCli.run(args, env, System.out, System.err));
      case "playground" -> System.exit(Playground.run(args, env, System.out, System.err));
    }
    try {
      Running running = start(Config.fromEnv(env), Clock.systemUTC());
      Runtime.getRuntime().addShutdownHook(new Thread(running::close, "shutdown"));
    } catch (Config.ConfigException e) {
      System.err.println(e.getMessage());
      System.exit(2);
    } catch (TokenCipher.WrongKeyException | SlackStartupFailure | DatabaseStartupFailure e) {
      // one line naming the cause and the fix; the stack trace would only bury it
      System.err.println("Receipts cannot start: " + e.getMessage());
      System.exit(2);
    }
  }

  public static Running start(Config config, Clock clock) {
    var slack = SlackAppFactory.checkedSlack(config);
    Database database = Database.open(config.databaseUrl());
    Workspaces workspaces = Workspaces.open(config, slack, database, clock);
    WorkerPools pools = WorkerPools.start(config);
    Shared shared = Shared.open(database, workspaces.clients(), clock, pools);
    EvidenceFeature evidence = new EvidenceFeature(shared);
    CaptureFeature capture = new CaptureFeature(shared, evidence.editor());
    PacketFeature packets = new PacketFeature(shared);
    ReminderFeature reminders = new ReminderFeature(shared, packets, capture);
    HomeFeature home = new HomeFeature(shared, reminders.reminders(), packets, capture);
    ConversationsFeature talks = new ConversationsFeature(shared, reminders.reminders());
    var stores =
        List.of(reminders.userData(), evidence.userData(), packets.userData(), talks.userData());
    MyDataFeature myData =
        new MyDataFeature(shared, stores, List.of(shared.entries()::forgotten, home::forgotten));
    // what a change in one feature means to another
    shared.people().onFirstSeen(reminders::ensureWeekly);
    shared.people().onZoneLearned(shared.entries()::redateGuesses);
    shared.events().subscribe(home::refreshIfViewed);
    capture.onMetricPending(reminders::metricPending);
    var app = workspaces.app();
    app.use(new EventDeduplication(shared.deliveries()));
    capture.register(
        app, talks.subcommands(packets), reminders.subcommands(), myData.subcommands());
    List.of(evidence, packets, talks, reminders, home, myData, workspaces)
        .forEach(f -> f.register(app));
    return Running.start(config, app, database, pools.all(), reminders.task(), shared.jobs());
  }
}
