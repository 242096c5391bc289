package app.receipts.entries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.store.Database;
import app.receipts.testing.Eventually;
import app.receipts.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one PostgreSQL database, each with a batch holding the same retried captures in
 * the other order: PostgreSQL breaks the deadlock by aborting one batch. Its rows are then written
 * alone and stored, instead of every win in it being answered "not saved".
 */
class BatchDeadlockTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Test
  void a_batch_that_deadlocks_with_another_instances_batch_stores_its_rows_alone()
      throws Exception {
    String url = TestDatabases.freshPostgresUrl();
    try (Connection admin = DriverManager.getConnection(url);
        Statement statement = admin.createStatement()) {
      // the app's sessions find the deadlock (2 s after they start waiting), the other instance's
      // session never does first: so PostgreSQL aborts the app's batch, the case under test
      ResultSet name = statement.executeQuery("SELECT current_database()");
      name.next();
      statement.execute("ALTER DATABASE " + name.getString(1) + " SET deadlock_timeout = '2s'");
    }
    Database database = Database.open(url);
    ExecutorService callers = Executors.newFixedThreadPool(4);
    try (Connection first = otherInstance(url);
        Connection second = otherInstance(url)) {
      GroupCommit commit = new GroupCommit(database);
      // the other instance: one transaction holding key-0, another holding key-2
      EntryInserts.insertAll(first, List.of(pending("other's 0", "key-0")));
      EntryInserts.insertAll(second, List.of(pending("other's 2", "key-2")));

      // this instance's first batch waits for key-0; key-1 and key-2 queue behind it, in order
      Future<Long> zero =
          callers.submit(() -> commit.insert(GroupCommitTest.win("U1", "mine 0"), "key-0"));
      awaitLockWaiters(url, 1);
      Future<Long> one =
          callers.submit(() -> commit.insert(GroupCommitTest.win("U1", "mine 1"), "key-1"));
      Eventually.await("key-1 queued", () -> commit.waiting() == 1, WAIT);
      Future<Long> two =
          callers.submit(() -> commit.insert(GroupCommitTest.win("U1", "mine 2"), "key-2"));
      Eventually.await("key-2 queued", () -> commit.waiting() == 2, WAIT);

      // the first batch goes in; the next, [key-1, key-2], takes key-1 and waits for key-2
      first.rollback();
      zero.get(WAIT.toSeconds(), TimeUnit.SECONDS);
      awaitLockWaiters(url, 1);
      // the other instance now wants key-1: a deadlock, and the app's batch is the one aborted
      Future<?> otherTakesOne =
          callers.submit(
              () -> EntryInserts.insertAll(second, List.of(pending("other's 1", "key-1"))));
      otherTakesOne.get(WAIT.toSeconds(), TimeUnit.SECONDS);
      second.rollback();

      assertTrue(one.get(WAIT.toSeconds(), TimeUnit.SECONDS) > 0);
      assertTrue(two.get(WAIT.toSeconds(), TimeUnit.SECONDS) > 0);
      assertEquals(List.of("mine 0", "mine 1", "mine 2"), texts(database));
    } finally {
      callers.shutdownNow();
      database.close();
    }
  }

  private static Connection otherInstance(String url) throws Exception {
    Connection connection = DriverManager.getConnection(url);
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET deadlock_timeout = '60s'");
    }
    return connection;
  }

  private static PendingEntry pending(String text, String key) {
    return new PendingEntry(
        GroupCommitTest.win("U1", text), List.of(), key, Thread.currentThread());
  }

  /** Waits until this many sessions of the database wait on a row lock. */
  private static void awaitLockWaiters(String url, int count) throws Exception {
    try (Connection watcher = DriverManager.getConnection(url);
        Statement statement = watcher.createStatement()) {
      Eventually.await(
          count + " session(s) waiting on a lock",
          () -> {
            try (ResultSet rows =
                statement.executeQuery(
                    "SELECT COUNT(*) FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND wait_event_type = 'Lock'")) {
              rows.next();
              return rows.getInt(1) == count;
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          },
          WAIT);
    }
  }

  private static List<String> texts(Database database) {
    return database
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT text FROM entries WHERE team_id = 'T1' ORDER BY text")
                    .mapTo(String.class)
                    .list());
  }
}
