package app.receipts.playground;

import app.receipts.Config;
import app.receipts.Main;
import app.receipts.Running;
import java.io.IOException;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code receipts.jar playground}: the real bot (Main's wiring, its own database file) behind a
 * stand-in for Slack that serves a page showing what Slack would show, on loopback unless asked.
 */
public final class Playground implements AutoCloseable {
  private final StandIn standIn;
  private final Running running;
  private final Surfaces surfaces;
  private final PageActions actions;
  private final BotLink link;

  private Playground(
      StandIn standIn, Running running, Surfaces surfaces, PageActions actions, BotLink link) {
    this.standIn = standIn;
    this.running = running;
    this.surfaces = surfaces;
    this.actions = actions;
    this.link = link;
  }

  /** Runs until the process is stopped; 2 when it cannot start. */
  public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    Playground playground;
    try {
      PlaygroundOptions options = PlaygroundOptions.parse(args, env);
      playground = start(options, Clock.systemUTC(), ZoneId.systemDefault());
      out.println("Receipts playground: open " + playground.url() + " in a browser.");
      out.println("Its data is in " + options.database() + "; Ctrl-C stops it.");
    } catch (IllegalArgumentException e) {
      err.println("The playground cannot start:\n  - " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("The playground cannot listen there: " + e.getMessage() + " (try --port=3001)");
      return 2;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  playground.close();
                  stopped.countDown();
                },
                "playground-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  /** Starts the stand-in, then the bot pointed at it, then the page. */
  static Playground start(PlaygroundOptions options, Clock wall, ZoneId zone) throws IOException {
    StandIn standIn = new StandIn(options.listen(), options.port());
    String baseUrl = standIn.baseUrl();
    Surfaces surfaces = new Surfaces(wall);
    standIn.start(new SlackMethods(surfaces, wall, baseUrl, zone));
    PlayClock clock = new PlayClock(wall);
    byte[] seed = new byte[16];
    new SecureRandom().nextBytes(seed);
    String secret = HexFormat.of().formatHex(seed);
    Running running;
    try {
      running = Main.start(Config.fromEnv(env(options, baseUrl, secret)), clock);
    } catch (RuntimeException e) {
      standIn.close();
      throw e;
    }
    BotLink link = new BotLink(running.port(), secret, wall);
    PageActions actions = new PageActions(surfaces, link, wall, baseUrl);
    Cast.CHANNEL_MESSAGES.forEach(
        m ->
            surfaces.postAt(
                Cast.CHANNEL,
                m.user(),
                m.text(),
                wall.instant().minusSeconds(86_400L * m.daysAgo() + 3600).getEpochSecond()));
    standIn.serve(
        new PageRoutes(
            surfaces,
            actions,
            new SampleHistory(surfaces, actions, clock, zone),
            new ReminderControl(running, clock),
            clock,
            !isLoopback(options.listen())));
    return new Playground(standIn, running, surfaces, actions, link);
  }

  private static Map<String, String> env(PlaygroundOptions options, String baseUrl, String secret) {
    return Map.of(
        "SLACK_BOT_TOKEN", "xoxb-playground",
        "SLACK_SIGNING_SECRET", secret,
        "SLACK_API_URL", baseUrl + "/api/",
        "DATABASE_URL", options.jdbcUrl(),
        "PORT", "0",
        // the bot's own port is for the stand-in alone
        "BIND_ADDRESS", "127.0.0.1",
        "SCHEDULER_THREADS", "2",
        "WORKER_THREADS", "4");
  }

  private static boolean isLoopback(String listen) {
    try {
      return java.net.InetAddress.getByName(listen).isLoopbackAddress();
    } catch (IOException e) {
      return false;
    }
  }

  String url() {
    return standIn.baseUrl() + "/";
  }

  Running running() {
    return running;
  }

  /** What the page does when a person acts; the warm-up acts through it too. */
  PageActions actions() {
    return actions;
  }

  Surfaces surfaces() {
    return surfaces;
  }

  @Override
  public void close() {
    // the bot first: its last jobs still talk to the stand-in
    try {
      running.close();
    } finally {
      link.close();
      standIn.close();
    }
  }
}
