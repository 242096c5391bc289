package app.receipts.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
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
 * nothing left to copy, and the log restarts from its beginning as before.
 */
final class WalCheckpointer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(WalCheckpointer.class);

  /** Log pages after which the writer checkpoints itself, as a backstop (SQLite's is 1,000). */
  static final int WRITER_CHECKPOINT_PAGES = 4_000;

  private final Connection connection;
  private final ScheduledExecutorService timer;

  // every 20 ms on a full disk: 48 identical warnings a second would bury every other line
  private final RepeatedFailureLog failures =
      new RepeatedFailureLog(log, "Background WAL checkpoint", System::nanoTime);

  private WalCheckpointer(Connection connection, long everyMillis) {
    this.connection = connection;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "wal-checkpoint");
              thread.setDaemon(true);
              return thread;
            });
    timer.scheduleWithFixedDelay(
        this::checkpointQuietly, everyMillis, everyMillis, TimeUnit.MILLISECONDS);
  }

  /** Starts checkpointing {@code dataSource}'s file every {@code everyMillis}. */
  static WalCheckpointer start(DataSource dataSource, long everyMillis) {
    try {
      return new WalCheckpointer(dataSource.getConnection(), everyMillis);
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
      try (Statement statement = connection.createStatement();
          ResultSet result = statement.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
        result.next();
        if (result.getInt(1) != 0) {
          return -1;
        }
        int logPages = result.getInt(2);
        int copied = result.getInt(3);
        return Math.max(0, logPages - copied);
      }
    }
  }

  void checkpointQuietly() {
    try {
      checkpoint();
      failures.succeeded();
    } catch (SQLException | RuntimeException e) {
      // the writer's own checkpoint still runs; nothing is lost, the log just grows for a while
      failures.failed(e.getMessage());
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
