package app.receipts.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteDataSource;

/**
 * The write-ahead log is copied into the database file off the commit path, and nothing is lost.
 */
class WalCheckpointerTest {
  private static final long NEVER_ON_ITS_OWN = 3_600_000;

  private static void writeRows(Database database, int rows) {
    for (int i = 0; i < rows; i++) {
      int n = i;
      database
          .jdbi()
          .useHandle(
              handle ->
                  handle.execute(
                      "INSERT INTO people (team_id, user_id, first_seen_at) VALUES ('T1', ?, 0)",
                      "U" + n));
    }
  }

  private static Set<Thread> checkpointThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("wal-checkpoint") && t.isAlive())
        .collect(Collectors.toSet());
  }

  /**
   * Checkpoints until nothing is left in the log. The database's own background checkpointer runs
   * too; while it holds the checkpoint lock, ours reports -1 and tries again.
   */
  private static void catchUp(WalCheckpointer checkpointer) throws SQLException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    int left = checkpointer.checkpoint();
    while (left != 0 && System.nanoTime() < deadline) {
      left = checkpointer.checkpoint();
    }
    assertEquals(0, left, "caught up with every committed page");
  }

  @Test
  void copies_committed_pages_into_the_database_file_and_keeps_every_row() throws Exception {
    String url = TestDatabases.freshSqliteUrl();
    Path file = Path.of(url.substring("jdbc:sqlite:".length()));
    Database database = Database.open(url);
    SQLiteDataSource raw = new SQLiteDataSource();
    raw.setUrl(url);
    try (WalCheckpointer checkpointer = WalCheckpointer.start(raw, NEVER_ON_ITS_OWN)) {
      catchUp(checkpointer);
      long before = Files.size(file);
      // fewer log pages than the writer's own checkpoint waits for: only ours copies them
      writeRows(database, 300);

      catchUp(checkpointer);
      assertTrue(Files.size(file) > before, "the rows' pages are now in the database file");
      assertEquals(
          Integer.valueOf(300),
          database
              .jdbi()
              .withHandle(
                  h -> h.createQuery("SELECT COUNT(*) FROM people").mapTo(Integer.class).one()));
      assertEquals(
          "ok",
          database
              .jdbi()
              .withHandle(h -> h.createQuery("PRAGMA integrity_check").mapTo(String.class).one()));
    } finally {
      database.close();
    }
  }

  @Test
  void a_file_database_checkpoints_in_the_background_until_closed() {
    Set<Thread> others = checkpointThreads();
    Database database = Database.open(TestDatabases.freshSqliteUrl());
    Set<Thread> started = checkpointThreads();
    started.removeAll(others);
    assertEquals(1, started.size(), "one started with the database");
    database.close();
    assertFalse(started.iterator().next().isAlive(), "stopped with it");
  }

  @Test
  void a_log_nothing_wrote_to_since_the_last_look_counts_as_idle_until_a_write() throws Exception {
    // a bare WAL file: the app's own health probe would commit once a second
    SQLiteDataSource raw = new SQLiteDataSource();
    raw.setUrl(TestDatabases.freshSqliteUrl());
    try (Connection writer = raw.getConnection();
        Statement write = writer.createStatement()) {
      write.execute("PRAGMA journal_mode = WAL");
      write.execute("CREATE TABLE t (n INTEGER)");
      try (WalCheckpointer checkpointer = WalCheckpointer.start(raw, NEVER_ON_ITS_OWN)) {
        write.execute("INSERT INTO t VALUES (1)");
        catchUp(checkpointer);
        checkpointer.checkpoint();
        assertTrue(checkpointer.idle(), "nothing written since the last look");

        write.execute("INSERT INTO t VALUES (2)");
        checkpointer.checkpoint();
        assertFalse(checkpointer.idle(), "a commit since the last look");
      }
    }
  }

  @Test
  void the_wait_doubles_while_idle_up_to_a_tenth_of_a_second_and_a_write_resets_it() {
    long wait = 20;
    for (long expected : new long[] {40, 80, 100, 100}) {
      wait = WalCheckpointer.nextDelay(wait, true, 20);
      assertEquals(expected, wait);
    }
    assertEquals(20, WalCheckpointer.nextDelay(wait, false, 20));
    assertEquals(
        NEVER_ON_ITS_OWN, WalCheckpointer.nextDelay(NEVER_ON_ITS_OWN, true, NEVER_ON_ITS_OWN));
  }

  @Test
  void each_look_schedules_the_next_after_the_wait_what_it_found_calls_for() throws Exception {
    SQLiteDataSource raw = new SQLiteDataSource();
    raw.setUrl(TestDatabases.freshSqliteUrl());
    Waits waits = new Waits();
    try (Connection writer = raw.getConnection();
        Statement write = writer.createStatement()) {
      write.execute("PRAGMA journal_mode = WAL");
      write.execute("CREATE TABLE t (n INTEGER)");
      try (WalCheckpointer checkpointer = new WalCheckpointer(raw.getConnection(), 20, waits)) {
        write.execute("INSERT INTO t VALUES (1)");
        checkpointer.tick();
        checkpointer.tick();
        checkpointer.tick();
        write.execute("INSERT INTO t VALUES (2)");
        checkpointer.tick();
      }
    }
    // the first, at start; then a look that found a commit, two idle ones, and a commit again
    assertEquals(List.of(20L, 20L, 40L, 80L, 20L), waits.millis);
  }

  /** A timer that runs nothing on its own and writes down each wait it is asked for. */
  private static final class Waits extends ScheduledThreadPoolExecutor {
    final List<Long> millis = new ArrayList<>();

    Waits() {
      super(1);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
      millis.add(unit.toMillis(delay));
      return super.schedule(() -> {}, 1, TimeUnit.HOURS);
    }
  }
}
