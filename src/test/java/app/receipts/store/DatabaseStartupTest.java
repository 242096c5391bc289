package app.receipts.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.BotProcess;
import app.receipts.testing.BotProcess.Exit;
import app.receipts.testing.FakeSlack;
import app.receipts.testing.TestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The real bot, as a process, refusing a database it cannot trust: one line, exit code 2. */
class DatabaseStartupTest {

  private static Exit runBot(FakeSlack slack, Path dir) throws Exception {
    return BotProcess.runUntilExit(
        BotProcess.From.CLASSPATH, TestApp.env(slack, dir, Map.of()), dir);
  }

  private static void assertOneLine(Exit exit, String expected) {
    assertEquals(2, exit.code(), exit.everything());
    assertEquals(1, exit.stderr().size(), "one line: " + exit.everything());
    assertTrue(exit.stderr().get(0).startsWith("Receipts cannot start: "), exit.everything());
    assertTrue(exit.stderr().get(0).contains(expected), exit.everything());
    assertFalse(exit.everything().contains("\tat "), "no stack trace: " + exit.everything());
  }

  @Test
  void a_file_that_is_not_a_database_stops_the_bot_with_one_line() throws Exception {
    try (FakeSlack slack = new FakeSlack()) {
      Path dir = Files.createTempDirectory("receipts-not-a-db");
      Path db = dir.resolve("receipts.db");
      Files.writeString(db, "These are my notes, not a database.\n".repeat(200));

      Exit exit = runBot(slack, dir);

      assertOneLine(exit, db + " is not a usable SQLite database");
      assertTrue(exit.stderr().get(0).contains("restore it from your backup"), exit.everything());
      assertEquals(
          "These are my notes, not a database.\n".repeat(200),
          Files.readString(db),
          "the file is left as it was");
    }
  }

  @Test
  void a_write_lock_held_by_another_process_stops_the_bot_quickly_with_one_line() throws Exception {
    try (FakeSlack slack = new FakeSlack()) {
      Path dir = Files.createTempDirectory("receipts-locked");
      Path db = dir.resolve("receipts.db");
      try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db);
          Statement statement = other.createStatement()) {
        statement.execute("PRAGMA journal_mode = WAL");
        statement.execute("CREATE TABLE notes (text TEXT)");
        statement.execute("BEGIN IMMEDIATE");
        statement.execute("INSERT INTO notes VALUES ('held')");

        Exit exit = runBot(slack, dir);

        assertOneLine(exit, "Another process holds a write lock on " + db);
        // Flyway's own retries took 21 s; the check before it gives up after a second
        assertTrue(exit.took().compareTo(Duration.ofSeconds(15)) < 0, "took " + exit.took());
        statement.execute("ROLLBACK");
      }
    }
  }

  @Test
  void a_database_deleted_after_receipts_created_it_is_not_recreated_empty() throws Exception {
    try (FakeSlack slack = new FakeSlack()) {
      Path dir = Files.createTempDirectory("receipts-lost");
      try (TestApp first = TestApp.startOn(slack, dir, Map.of())) {
        first.client.command("U1", "Shipped the search index");
      }
      Path db = dir.resolve("receipts.db");
      for (String suffix : List.of("", "-wal", "-shm")) {
        Files.deleteIfExists(Path.of(db + suffix));
      }

      Exit exit = runBot(slack, dir);

      assertOneLine(exit, "The database " + db + " is missing");
      assertTrue(exit.stderr().get(0).contains("restore it from your backup"), exit.everything());
      assertTrue(exit.stderr().get(0).contains("receipts.db.created"), exit.everything());
      assertFalse(Files.exists(db), "no empty database was created in its place");
    }
  }
}
