package app.receipts.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.Eventually;
import app.receipts.testing.FakeSlack;
import app.receipts.testing.Shell;
import app.receipts.testing.TestApp;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * /healthz says whether Receipts can store a win, and answers at once whatever storage is doing: on
 * the real bot with a real SQLite file that is deleted, replaced, read-only, locked or on a full
 * disk.
 */
@Execution(ExecutionMode.CONCURRENT)
class StorageHealthTest {
  private static final Duration DEADLINE = Duration.ofSeconds(15);

  /** Polls /healthz (each answer within 1 s) until it gives {@code status}; returns its body. */
  private static String awaitHealth(TestApp app, int status) {
    AtomicReference<String> body = new AtomicReference<>();
    Eventually.await(
        "/healthz " + status,
        () -> {
          long started = System.nanoTime();
          HttpResponse<String> response = app.client.get("/healthz");
          long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
          assertTrue(took < 1_000, "/healthz answered in " + took + " ms");
          body.set(response.body());
          return response.statusCode() == status;
        },
        DEADLINE);
    return body.get();
  }

  private static void assertNotSaved(TestApp app, String text) {
    String reply = app.client.command("U9", text).body();
    assertFalse(reply.contains("Saved win"), reply);
  }

  @Test
  void healthy_storage_answers_200() {
    try (TestApp app = TestApp.start()) {
      assertEquals("{\"status\":\"ok\"}", awaitHealth(app, 200));
      assertEquals(1, app.count("SELECT COUNT(*) FROM health_probe"), "the probe wrote its row");
    }
  }

  @Test
  void a_database_deleted_while_running_fails_health_and_refuses_writes() throws Exception {
    try (FakeSlack slack = new FakeSlack()) {
      Path dir = Files.createTempDirectory("receipts-deleted");
      Path db = dir.resolve("receipts.db");
      try (TestApp app = TestApp.startOn(slack, dir, Map.of())) {
        app.client.command("U1", "Shipped before the accident");
        awaitHealth(app, 200);
        for (String suffix : List.of("", "-wal", "-shm")) {
          Files.deleteIfExists(Path.of(db + suffix));
        }

        String body = awaitHealth(app, 503);

        assertTrue(body.contains("was deleted while Receipts was running"), body);
        assertTrue(body.contains("restore it from your backup"), body);
        assertFalse(app.running.database().storage().writable());
        assertNotSaved(app, "Shipped after the file was gone");
      }
      var refused =
          assertThrows(
              DatabaseStartupFailure.class, () -> TestApp.startOn(slack, dir, Map.of()).close());
      assertTrue(refused.getMessage().contains("is missing"), refused.getMessage());
      assertFalse(Files.exists(db), "a restart did not create an empty database");
    }
  }

  @Test
  void a_database_replaced_while_running_fails_health() throws Exception {
    try (FakeSlack slack = new FakeSlack()) {
      Path dir = Files.createTempDirectory("receipts-replaced");
      Path db = dir.resolve("receipts.db");
      try (TestApp app = TestApp.startOn(slack, dir, Map.of())) {
        awaitHealth(app, 200);
        Path copy = dir.resolve("copy.db");
        Files.copy(db, copy);
        Files.move(copy, db, StandardCopyOption.REPLACE_EXISTING);

        String body = awaitHealth(app, 503);

        assertTrue(body.contains("was replaced while Receipts was running"), body);
        assertTrue(body.contains("restart Receipts"), body);
        assertNotSaved(app, "Shipped into the old file");
      }
    }
  }

  @Test
  void a_full_disk_fails_health_until_space_is_freed() throws Exception {
    Path dir = Files.createTempDirectory("receipts-full-disk");
    boolean tmpfs = Shell.run("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", dir.toString());
    if (!tmpfs) {
      // no tiny disk to fill here: a database whose files refuse writes is the nearest fault
      readOnlyFilesFailHealth(dir);
      return;
    }
    try (FakeSlack slack = new FakeSlack()) {
      Path filler = dir.resolve("filler");
      try (TestApp app = TestApp.startOn(slack, dir, Map.of())) {
        awaitHealth(app, 200);
        fill(filler);

        String body = awaitHealth(app, 503);
        assertTrue(body.contains("is full"), body);

        Files.delete(filler);
        awaitHealth(app, 200);
      }
    } finally {
      Shell.run("umount", dir.toString());
    }
  }

  @Test
  void read_only_database_files_fail_health_until_writable_again() throws Exception {
    readOnlyFilesFailHealth(Files.createTempDirectory("receipts-read-only"));
  }

  private static void readOnlyFilesFailHealth(Path dir) throws Exception {
    // the tests run as root, who writes through file modes: an immutable file refuses even root
    Path probe = Files.createFile(dir.resolve("chattr-probe"));
    Assumptions.assumeTrue(
        Shell.run("chattr", "+i", probe.toString()), "chattr +i works on this file system");
    Shell.run("chattr", "-i", probe.toString());
    Path db = dir.resolve("receipts.db");
    List<String> files = List.of(db.toString(), db + "-wal");
    try (FakeSlack slack = new FakeSlack();
        TestApp app = TestApp.startOn(slack, dir, Map.of())) {
      awaitHealth(app, 200);
      try {
        files.forEach(file -> Shell.run("chattr", "+i", file));

        String body = awaitHealth(app, 503);
        assertTrue(body.contains("a test write failed"), body);
      } finally {
        files.forEach(file -> Shell.run("chattr", "-i", file));
      }
      awaitHealth(app, 200);
    }
  }

  @Test
  void health_answers_at_once_while_another_process_holds_the_write_lock() throws Exception {
    try (FakeSlack slack = new FakeSlack()) {
      Path dir = Files.createTempDirectory("receipts-held");
      try (TestApp app = TestApp.startOn(slack, dir, Map.of())) {
        awaitHealth(app, 200);
        try (Connection other =
                DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("receipts.db"));
            Statement statement = other.createStatement()) {
          statement.execute("BEGIN IMMEDIATE");
          statement.execute("UPDATE health_probe SET checked_at = 0");

          String body = awaitHealth(app, 503);
          assertTrue(body.contains("locked by another process"), body);

          statement.execute("ROLLBACK");
        }
        awaitHealth(app, 200);
      }
    }
  }

  private static void fill(Path filler) throws IOException {
    byte[] block = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(filler)) {
      while (true) {
        out.write(block);
      }
    } catch (IOException noSpaceLeft) {
      // the disk is full, as intended
    }
  }
}
