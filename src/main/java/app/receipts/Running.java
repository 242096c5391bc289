package app.receipts;

import app.receipts.reminders.ReminderTask;
import app.receipts.slack.HttpServer;
import app.receipts.store.Database;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A started bot: the HTTP server (Slack events in HTTP mode, health always) and Socket Mode. */
public final class Running implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Running.class);

  private final App app;
  private final HttpServer http;
  private final SocketModeApp socketMode;
  private final Database database;
  private final ExecutorService executor;
  private final Scheduler scheduler;
  private final ReminderTask reminders;

  private Running(
      App app,
      HttpServer http,
      SocketModeApp socketMode,
      Database database,
      ExecutorService executor,
      Scheduler scheduler,
      ReminderTask reminders) {
    this.app = app;
    this.reminders = reminders;
    this.scheduler = scheduler;
    this.http = http;
    this.socketMode = socketMode;
    this.database = database;
    this.executor = executor;
  }

  static Running start(
      Config config, App app, Database database, ExecutorService executor, ReminderTask reminders) {
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
                config.port(), config.socketMode() ? null : app, () -> database.storage().problem())
            .start();
    log.info(
        "Receipts is up on port {} ({} mode)",
        http.port(),
        config.socketMode() ? "Socket" : "HTTP");
    Scheduler scheduler = null;
    if (config.schedulerThreads() > 0) {
      scheduler =
          ReminderTask.scheduler(database.dataSource(), reminders, config.schedulerThreads());
      scheduler.start();
    }
    return new Running(app, http, socketMode, database, executor, scheduler, reminders);
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

  public Database database() {
    return database;
  }

  @Override
  public void close() {
    try {
      if (socketMode != null) {
        socketMode.close();
      }
    } catch (Exception e) {
      log.warn("Closing Socket Mode failed", e);
    }
    if (scheduler != null) {
      scheduler.stop();
    }
    http.close();
    executor.shutdown();
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    database.close();
  }
}
