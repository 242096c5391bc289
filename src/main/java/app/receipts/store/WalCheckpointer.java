package app.receipts.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies SQLite's write-ahead log back into the database file from a connection of its own, off the
 * commit path. Left to SQLite, the commit that fills the log does the copy and its fsyncs itself,
 * so every win queued behind it waits (16–32 ms a few times a second under load). A passive
 * checkpoint takes no lock that writers need; the writer's own, rarer checkpoint then finds almost
 * nothing left to copy, and the log restarts from its beginning as before. While nothing is written
 * it backs off to ten looks a second: fifty a second cost an idle bot about 1% of a core. It waits
 * no longer than that so that a burst starting while it waits is copied within a tenth of a second,
 * long before the log reaches the writer's own checkpoint.
 */
final class WalCheckpointer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(WalCheckpointer.class);

  /** Log pages after which the writer checkpoints itself, as a backstop (SQLite's is 1,000). */
  static final int WRITER_CHECKPOINT_PAGES = 4_000;

  /** The longest wait between two looks at a log that nothing has written to. */
  static final long IDLE_MILLIS = 100;

  private final Connection connection;
  private final ScheduledExecutorService timer;
  private final long everyMillis;
  private long delayMillis;
  private long lastDataVersion = -1;
  private boolean lastWasIdle;

  // every 20 ms on a full disk: 48 identical warnings a second would bury every other line
  private final RepeatedFailureLog failures =
      new RepeatedFailureLog(log, "Background WAL checkpoint", System::nanoTime);

  WalCheckpointer(Connection connection, long everyMillis, ScheduledExecutorService timer) {
    this.connection = connection;
    this.everyMillis = everyMillis;
    this.delayMillis = everyMillis;
    this.timer = timer;
    timer.schedule(this::tick, everyMillis, TimeUnit.MILLISECONDS);
  }

  private static ScheduledExecutorService timer() {
    return Executors.newSingleThreadScheduledExecutor(
        runnable -> {
          Thread thread = new Thread(runnable, "wal-checkpoint");
          thread.setDaemon(true);
          return thread;
        });
  }

  /** One look, then the next one scheduled after a wait that depends on what it found. */
  void tick() {
    delayMillis = nextDelay(delayMillis, checkpointQuietly(), everyMillis);
    try {
      timer.schedule(this::tick, delayMillis, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException closed) {
      // close() came first
    }
  }

  /**
   * Doubles the wait while the log is idle, up to {@link #IDLE_MILLIS} (never below {@code
   * everyMillis}); a look that finds a commit goes back to {@code everyMillis}.
   */
  static long nextDelay(long delayMillis, boolean idle, long everyMillis) {
    if (!idle) {
      return everyMillis;
    }
    return Math.max(everyMillis, Math.min(Math.max(delayMillis, everyMillis) * 2, IDLE_MILLIS));
  }

  /**
   * Starts checkpointing {@code dataSource}'s file every {@code everyMillis} while it is written,
   * less often while it is not.
   */
  static WalCheckpointer start(DataSource dataSource, long everyMillis) {
    try {
      return new WalCheckpointer(dataSource.getConnection(), everyMillis, timer());
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot open the checkpoint connection", e);
    }
  }

  /**
   * One passive checkpoint now; returns the pages still in the log but not yet in the database file
   * (0 when it caught up), or -1 when another connection's checkpoint was running and this one
   * could not start.
   */
  int checkpoint() throws SQLException {
    synchronized (connection) {
      try (Statement statement = connection.createStatement()) {
        // changes whenever another connection commits: a look with no commit since the last one
        // and nothing left to copy is idle
        long dataVersion;
        try (ResultSet version = statement.executeQuery("PRAGMA data_version")) {
          version.next();
          dataVersion = version.getLong(1);
        }
        try (ResultSet result = statement.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
          result.next();
          if (result.getInt(1) != 0) {
            lastWasIdle = false;
            return -1;
          }
          int left = Math.max(0, result.getInt(2) - result.getInt(3));
          lastWasIdle = left == 0 && dataVersion == lastDataVersion;
          lastDataVersion = dataVersion;
          return left;
        }
      }
    }
  }

  /** Whether the log held nothing new since the last look (so the next one can wait longer). */
  boolean checkpointQuietly() {
    try {
      synchronized (connection) {
        checkpoint();
        failures.succeeded();
        return lastWasIdle;
      }
    } catch (SQLException | RuntimeException e) {
      // the writer's own checkpoint still runs; nothing is lost, the log just grows for a while
      failures.failed(e.getMessage());
      return false;
    }
  }

  /** Whether the last checkpoint found no commit since the one before, and nothing to copy. */
  boolean idle() {
    synchronized (connection) {
      return lastWasIdle;
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (connection) {
      try {
        connection.close();
      } catch (SQLException e) {
        log.warn("Closing the checkpoint connection failed: {}", e.getMessage());
      }
    }
  }
}
