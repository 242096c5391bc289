package app.receipts;

import app.receipts.jobs.Jobs;
import app.receipts.playground.WarmUp;
import app.receipts.reminders.ReminderTask;
import app.receipts.slack.HttpServer;
import app.receipts.store.Database;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A started bot: the HTTP server (Slack events in HTTP mode, health always) and Socket Mode. */
public final class Running implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Running.class);

  /**
   * The stop's budget inside the container's grace period (STOP_GRACE_SECONDS): a running job gets
   * a third of it to finish and a third more once interrupted, and the whole stop ends a sixth
   * before the grace runs out, so a slow database close still beats SIGKILL. 30 s gives 10 + 10 s
   * and a 25 s stop.
   */
  record StopBudget(Duration grace) {
    static StopBudget of(int graceSeconds) {
      return new StopBudget(Duration.ofSeconds(graceSeconds));
    }

    Duration jobWait() {
      return grace.dividedBy(3);
    }

    Duration whole() {
      return grace.minus(grace.dividedBy(6));
    }
  }

  private final App app;
  private final HttpServer http;
  private final SocketModeApp socketMode;
  private final Database database;
  private final List<ExecutorService> workers;
  private final Scheduler scheduler;
  private final ReminderTask reminders;
  private final Jobs jobs;
  private final StopBudget stop;

  private Running(
      App app,
      HttpServer http,
      SocketModeApp socketMode,
      Database database,
      List<ExecutorService> workers,
      Scheduler scheduler,
      ReminderTask reminders,
      Jobs jobs,
      StopBudget stop) {
    this.app = app;
    this.stop = stop;
    this.jobs = jobs;
    this.reminders = reminders;
    this.scheduler = scheduler;
    this.http = http;
    this.socketMode = socketMode;
    this.database = database;
    this.workers = workers;
  }

  static Running start(
      Config config,
      App app,
      Database database,
      List<ExecutorService> workers,
      ReminderTask reminders,
      Jobs jobs) {
    // after Slack and the database said yes, before anyone is answered
    WarmUp.ifAsked(config);
    SocketModeApp socketMode = null;
    try {
      app.start();
      if (config.socketMode()) {
        // app.slack() carries SLACK_API_URL, so apps.connections.open goes there too
        socketMode =
            new SocketModeApp(config.appToken(), SocketModeClient.Backend.JavaWebSocket, app);
        socketMode.startAsync();
      }
    } catch (Exception e) {
      throw new IllegalStateException("Cannot connect to Slack in Socket Mode", e);
    }
    HttpServer http =
        new HttpServer(
                config.bindAddress(),
                config.port(),
                config.socketMode() ? null : app,
                () -> database.storage().problem())
            .start();
    log.info(
        "Receipts is up on port {} ({} mode)",
        http.port(),
        config.socketMode() ? "Socket" : "HTTP");
    StopBudget stop = StopBudget.of(config.stopGraceSeconds());
    Scheduler scheduler = null;
    if (config.schedulerThreads() > 0) {
      // one scheduler runs every task: reminders, packets, exports; it picks up what a stopped or
      // killed instance left (due jobs at once, dead executions once their heartbeat is stale)
      scheduler =
          jobs.start(
              database.dataSource(),
              List.of(reminders.task()),
              config.schedulerThreads(),
              new BackgroundThreads("job", config.backgroundNice()),
              stop.jobWait());
    }
    return new Running(app, http, socketMode, database, workers, scheduler, reminders, jobs, stop);
  }

  public int port() {
    return http.port();
  }

  /** The Bolt app, for tests that check what is registered against manifest.yml. */
  public App app() {
    return app;
  }

  /** The reminder task, for tests that drive a scheduler of their own. */
  public ReminderTask reminderTask() {
    return reminders;
  }

  /**
   * Waits until the background workers have nothing running or queued, or the timeout passes; for
   * tests that check what follows a request (a newcomer's first reminder, say) without waiting a
   * fixed time.
   */
  public boolean awaitIdle(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    int idleChecks = 0;
    while (System.nanoTime() < deadline) {
      // twice in a row: a task between the queue and its worker looks like no task at all
      idleChecks = workers.stream().allMatch(Running::idle) ? idleChecks + 1 : 0;
      if (idleChecks == 2) {
        return true;
      }
      LockSupport.parkNanos(1_000_000L);
    }
    return false;
  }

  private static boolean idle(ExecutorService pool) {
    return !(pool instanceof ThreadPoolExecutor threads)
        || threads.getTaskCount() == threads.getCompletedTaskCount();
  }

  /**
   * Packets and exports as db-scheduler tasks, for tests that run them on a scheduler of theirs.
   */
  public Jobs jobs() {
    return jobs;
  }

  public Database database() {
    return database;
  }

  /**
   * Stops taking work first (Socket Mode, HTTP), then lets running jobs finish for up to the
   * budget's {@link StopBudget#jobWait} (twice, if one ignores the interrupt); a job still running
   * after that stays claimed in the database and is revived after restart, and jobs not started
   * stay queued there. Ends within the budget's {@link StopBudget#whole}.
   */
  @Override
  public void close() {
    long deadline = System.nanoTime() + stop.whole().toNanos();
    log.info(
        "Stopping: no new requests; running jobs get {} to finish, the stop {}",
        stop.jobWait(),
        stop.whole());
    try {
      if (socketMode != null) {
        socketMode.close();
      }
    } catch (Exception e) {
      log.warn("Closing Socket Mode failed", e);
    }
    http.close();
    workers.forEach(ExecutorService::shutdown);
    if (scheduler != null) {
      scheduler.stop();
    }
    try {
      for (ExecutorService pool : workers) {
        long left = Math.max(0, Math.min(deadline - System.nanoTime(), 5_000_000_000L));
        if (!pool.awaitTermination(left, TimeUnit.NANOSECONDS)) {
          pool.shutdownNow();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    database.close();
    log.info("Stopped");
  }
}
