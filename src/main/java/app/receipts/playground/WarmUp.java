package app.receipts.playground;

import app.receipts.Config;
import app.receipts.store.Database;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Before the bot answers anyone (WARM_UP=on): a private copy of it, the playground's (Main's
 * wiring, a scratch database, a stand-in for Slack on loopback), is sent a thousand of the requests
 * people send most (/win, list, App Home, packets, exports), so that the code they run is loaded
 * and compiled when the first of them arrive. A cold bot met by a crowd took seconds per ack for
 * its first seconds. Nothing reaches Slack or the real database, and the copy and its files are
 * gone when this returns.
 */
public final class WarmUp {
  private static final Logger log = LoggerFactory.getLogger(WarmUp.class);

  static final int REQUESTS = 1_000;
  private static final int SENDERS = 8;

  /** Bounds on a warm-up that goes wrong (it takes about 12 s on two busy cores). */
  private static final Duration SENDING = Duration.ofSeconds(20);

  private static final Duration DELIVERING = Duration.ofSeconds(10);

  /** What one warm-up did, for the log line and its test. */
  record Result(
      int sent,
      int acked,
      int winsSent,
      int winsStored,
      int jobsAsked,
      int filesDelivered,
      long millis) {}

  private WarmUp() {}

  /** Warms this JVM when {@code config} asks (WARM_UP=on), in the temp folder. */
  public static void ifAsked(Config config) {
    if (config.warmUp()) {
      run(Path.of(System.getProperty("java.io.tmpdir")));
    }
  }

  /** Warms this JVM in a scratch folder under {@code scratchRoot}; never throws an exception. */
  static Optional<Result> run(Path scratchRoot) {
    return run(scratchRoot, REQUESTS, SENDING, DELIVERING);
  }

  /** The same with its own size and bounds (a test on a busy machine needs longer ones). */
  static Optional<Result> run(
      Path scratchRoot, int requests, Duration sending, Duration delivering) {
    long started = System.nanoTime();
    Path scratch = null;
    try {
      scratch = ScratchFolder.create(scratchRoot);
      log.info("Warming up: a private copy of the bot on loopback, nothing reaches Slack");
      Result result = drive(scratch, requests, sending, delivering, started);
      log.info(
          "Warmed up in {} ms: {} of {} requests acked, {} of {} wins stored, {} of {} packets and"
              + " exports delivered",
          result.millis(),
          result.acked(),
          result.sent(),
          result.winsStored(),
          result.winsSent(),
          result.filesDelivered(),
          result.jobsAsked());
      return Optional.of(result);
    } catch (IOException | RuntimeException e) {
      // a slower first minute is all that is lost
      log.warn("Warm-up skipped: {}", e.toString());
      return Optional.empty();
    } finally {
      if (scratch != null) {
        ScratchFolder.delete(scratch);
      }
    }
  }

  private static Result drive(
      Path scratch, int requests, Duration sending, Duration delivering, long started)
      throws IOException {
    var options = new PlaygroundOptions(0, "127.0.0.1", scratch.resolve("warm-up.db"));
    try (Playground copy = Playground.start(options, Clock.systemUTC(), ZoneId.of("UTC"))) {
      PageActions actions = copy.actions();
      AtomicInteger next = new AtomicInteger();
      AtomicInteger sent = new AtomicInteger();
      AtomicInteger acked = new AtomicInteger();
      AtomicInteger wins = new AtomicInteger();
      AtomicInteger jobs = new AtomicInteger();
      AtomicIntegerArray ackedWins = new AtomicIntegerArray(WarmUpMix.PEOPLE);
      long sendUntil = System.nanoTime() + sending.toNanos();
      ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
      for (int s = 0; s < SENDERS; s++) {
        senders.execute(
            () -> {
              for (int i = next.getAndIncrement();
                  i < requests && System.nanoTime() < sendUntil;
                  i = next.getAndIncrement()) {
                sent.incrementAndGet();
                if (WarmUpMix.send(actions, i, wins, jobs, ackedWins)) {
                  acked.incrementAndGet();
                }
              }
            });
      }
      senders.shutdown();
      try {
        if (!senders.awaitTermination(sending.toSeconds() + 5, TimeUnit.SECONDS)) {
          senders.shutdownNow();
        }
      } catch (InterruptedException e) {
        senders.shutdownNow();
        Thread.currentThread().interrupt();
      }
      int asked = jobs.get();
      Surfaces surfaces = copy.surfaces();
      surfaces.await(
          () -> filesShown(surfaces) >= asked ? Optional.of(true) : Optional.empty(), delivering);
      int files = filesShown(surfaces);
      Database database = copy.running().database();
      if (files < asked) {
        log.warn(
            "Warm-up: {} of {} packets and exports not delivered in {} s; {}",
            asked - files,
            asked,
            delivering.toSeconds(),
            Undelivered.describe(database));
      }
      int stored =
          database
              .jdbi()
              .withHandle(
                  handle ->
                      handle
                          .createQuery("SELECT COUNT(*) FROM entries WHERE kind = 'WIN'")
                          .mapTo(Integer.class)
                          .one());
      long millis = (System.nanoTime() - started) / 1_000_000;
      return new Result(sent.get(), acked.get(), wins.get(), stored, asked, files, millis);
    }
  }

  /** The packets and exports the stand-in has shown in a channel so far. */
  private static int filesShown(Surfaces surfaces) {
    return surfaces.messages(m -> m.has("files")).size();
  }
}
