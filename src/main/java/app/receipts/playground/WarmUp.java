package app.receipts.playground;

import app.receipts.Config;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Before the bot answers anyone (WARM_UP=on): a private copy of it, the playground's (Main's
 * wiring, a scratch database, a stand-in for Slack on loopback), is sent a couple of thousand of
 * the requests people send, so that the code they run is loaded and compiled when the first of them
 * arrive. A cold bot met by a crowd took seconds per ack for its first seconds. Nothing reaches
 * Slack or the real database, and the copy and its files are gone when this returns.
 */
public final class WarmUp {
  private static final Logger log = LoggerFactory.getLogger(WarmUp.class);

  static final int PEOPLE = 50;
  static final int REQUESTS = 1_000;
  private static final int SENDERS = 8;
  private static final Duration SENDING = Duration.ofSeconds(30);
  private static final Duration DELIVERING = Duration.ofSeconds(20);

  /** Wins as people type them: numbers, ranges, bounds and none, so every rule runs. */
  private static final List<String> WINS =
      List.of(
          "Cut p95 checkout latency from 1.8s to 210ms with a covering index",
          "Onboarded 4 teams to the new deploy pipeline",
          "Fixed the flaky login test that failed one CI run in ten",
          "Saved $14k/month on the AWS bill by right-sizing the batch fleet",
          "Error rate down from 2.3% to 0.4% after the retry fix :tada:",
          "Mentored two new hires through their first on-call week",
          "Shipped the export API 3 days early",
          "Kept p99 under 50ms through the Black Friday peak");

  /** What one warm-up did, for the log line and its test. */
  record Result(int sent, int acked, int jobsAsked, int filesDelivered, long millis) {}

  private WarmUp() {}

  /** Warms this JVM first when {@code config} asks (WARM_UP=on); returns {@code config}. */
  public static Config ifAsked(Config config) {
    if (config.warmUp()) {
      run(Path.of(System.getProperty("java.io.tmpdir")));
    }
    return config;
  }

  /** Warms this JVM in a scratch folder under {@code scratchRoot}; never throws. */
  public static Optional<Result> run(Path scratchRoot) {
    return run(scratchRoot, REQUESTS);
  }

  static Optional<Result> run(Path scratchRoot, int requests) {
    long started = System.nanoTime();
    Path scratch = null;
    try {
      scratch = Files.createTempDirectory(scratchRoot, "receipts-warm-up");
      log.info("Warming up: a private copy of the bot on loopback, nothing reaches Slack");
      Result result = drive(scratch, requests, started);
      log.info(
          "Warmed up in {} ms: {} of {} requests acked, {} of {} packets and exports delivered",
          result.millis(),
          result.acked(),
          result.sent(),
          result.filesDelivered(),
          result.jobsAsked());
      return Optional.of(result);
    } catch (IOException | RuntimeException e) {
      // a slower first minute is all that is lost
      log.warn("Warm-up skipped: {}", e.toString());
      return Optional.empty();
    } finally {
      if (scratch != null) {
        delete(scratch);
      }
    }
  }

  private static Result drive(Path scratch, int requests, long started) throws IOException {
    var options = new PlaygroundOptions(0, "127.0.0.1", scratch.resolve("warm-up.db"));
    try (Playground copy = Playground.start(options, Clock.systemUTC(), ZoneId.of("UTC"))) {
      PageActions actions = copy.actions();
      AtomicInteger next = new AtomicInteger();
      AtomicInteger acked = new AtomicInteger();
      AtomicInteger jobs = new AtomicInteger();
      long sendUntil = System.nanoTime() + SENDING.toNanos();
      ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
      for (int s = 0; s < SENDERS; s++) {
        senders.execute(
            () -> {
              for (int i = next.getAndIncrement();
                  i < requests && System.nanoTime() < sendUntil;
                  i = next.getAndIncrement()) {
                if (send(actions, i, jobs)) {
                  acked.incrementAndGet();
                }
              }
            });
      }
      senders.shutdown();
      try {
        senders.awaitTermination(SENDING.toSeconds() + 5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      int asked = jobs.get();
      Surfaces surfaces = copy.surfaces();
      Integer delivered =
          surfaces.await(
              () -> {
                int files = surfaces.messages(m -> m.has("files")).size();
                return files >= asked ? Optional.of(files) : Optional.empty();
              },
              DELIVERING);
      int files = delivered != null ? delivered : surfaces.messages(m -> m.has("files")).size();
      long millis = (System.nanoTime() - started) / 1_000_000;
      return new Result(Math.min(next.get(), requests), acked.get(), asked, files, millis);
    }
  }

  /**
   * Request {@code i} of the mix people send: of every 100, 70 wins, 16 lists, 12 App Home opens, a
   * packet and an export, each person asking for at most one of each at a time.
   */
  private static boolean send(PageActions actions, int i, AtomicInteger jobs) {
    String user = String.format("U0WARM%02d", (i / 100 + i) % PEOPLE);
    int slot = i % 100;
    if (slot < 70) {
      return actions.type(user, Cast.CHANNEL, "/win " + WINS.get(i % WINS.size()));
    }
    if (slot < 82) {
      return actions.openHome(user);
    }
    if (slot == 99) {
      jobs.incrementAndGet();
      boolean packet = i / 100 % 2 == 0;
      return actions.type(user, Cast.dm(user), packet ? "/win packet last 90 days" : "/win export");
    }
    return actions.type(user, Cast.dm(user), "/win list");
  }

  private static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(WarmUp::deleteOne);
    } catch (IOException | UncheckedIOException e) {
      log.warn("Could not remove the warm-up's scratch folder {}: {}", folder, e.getMessage());
    }
  }

  private static void deleteOne(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
