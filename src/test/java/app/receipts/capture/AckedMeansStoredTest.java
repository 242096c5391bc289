package app.receipts.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.receipts.testing.FakeSlack;
import app.receipts.testing.Payloads;
import app.receipts.testing.Shell;
import app.receipts.testing.SmallDisk;
import app.receipts.testing.TestApp;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * What the person is told about a win must match what is stored: "Saved" only after a commit that
 * is known to have succeeded, and a plain "not saved" otherwise, however the storage fails.
 */
class AckedMeansStoredTest {
  private static final String NOT_SAVED = "was not saved";
  private static final Duration SLACK_ACK_LIMIT = Duration.ofSeconds(3);

  @Test
  void on_a_full_disk_every_saved_win_is_stored_and_every_other_is_told_it_was_not()
      throws Exception {
    Optional<SmallDisk> mounted = SmallDisk.mount(3);
    assumeTrue(mounted.isPresent(), "needs root to mount a tmpfs");
    try (SmallDisk disk = mounted.get();
        FakeSlack slack = new FakeSlack()) {
      Outcomes outcomes = new Outcomes();
      try (TestApp app = TestApp.startOn(slack, disk.dir(), Map.of())) {
        outcomes.record("warm-up", app.client.command("U1", "warm-up"));
        disk.fill();
        for (int i = 0; i < 60; i++) {
          String text = "win number " + i + " on a full disk " + "x".repeat(400);
          outcomes.record(text, app.client.command("U" + (i % 3), text));
        }
        for (int i = 0; i < 10; i++) {
          String text = "modal win " + i + " on a full disk";
          outcomes.recordModal(text, submitModal(app, "VFULL" + i, text));
        }
      }
      disk.makeRoom();
      try (TestApp restarted = TestApp.startOn(slack, disk.dir(), Map.of())) {
        outcomes.assertStoredIn(restarted);
        assertFalse(outcomes.refused.isEmpty(), "the disk never filled: " + outcomes);
        HttpResponse<String> after = restarted.client.command("U1", "a win once there is room");
        assertTrue(after.body().contains("Saved win #"), after.body());
      }
    }
  }

  @Test
  void when_the_log_file_refuses_writes_no_win_is_acked() throws Exception {
    Path dir = Files.createTempDirectory("receipts-immutable");
    try (FakeSlack slack = new FakeSlack()) {
      Outcomes outcomes = new Outcomes();
      try (TestApp app = TestApp.startOn(slack, dir, Map.of())) {
        outcomes.record(
            "before the log is locked", app.client.command("U1", "before the log is locked"));
        Path wal = dir.resolve("receipts.db-wal");
        assumeTrue(Files.exists(wal), "no write-ahead log to lock");
        assumeTrue(Shell.run("chattr", "+i", wal.toString()), "needs chattr (root on ext4)");
        try {
          for (int i = 0; i < 15; i++) {
            String text = "win " + i + " while the log is immutable";
            outcomes.record(text, app.client.command("U1", text));
          }
          outcomes.recordModal(
              "modal win while immutable", submitModal(app, "VIMM", "modal win while immutable"));
        } finally {
          Shell.run("chattr", "-i", wal.toString());
        }
      }
      try (TestApp restarted = TestApp.startOn(slack, dir, Map.of())) {
        outcomes.assertStoredIn(restarted);
        assertFalse(outcomes.refused.isEmpty(), outcomes.toString());
      }
    }
  }

  @Test
  void a_write_lock_held_elsewhere_gets_a_plain_not_saved_and_reads_still_answer()
      throws Exception {
    Path dir = Files.createTempDirectory("receipts-locked");
    try (FakeSlack slack = new FakeSlack();
        TestApp app = TestApp.startOn(slack, dir, Map.of())) {
      Outcomes outcomes = new Outcomes();
      outcomes.record("before the lock", app.client.command("U1", "before the lock"));
      try (Connection other =
              DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("receipts.db"));
          Statement statement = other.createStatement()) {
        statement.execute("BEGIN IMMEDIATE");
        outcomes.record("while locked", inTime(() -> app.client.command("U1", "while locked")));
        // a newcomer's request writes twice (their row, then the win): both waits together
        // must still leave room for the answer inside Slack's limit
        outcomes.record(
            "newcomer while locked",
            inTime(() -> app.client.command("UNEW", "newcomer while locked")));
        outcomes.record("still locked", inTime(() -> app.client.command("U1", "still locked")));
        String list = inTime(() -> app.client.command("U1", "list")).body();
        assertTrue(list.contains("before the lock"), list);
        statement.execute("ROLLBACK");
      }
      assertEquals(
          List.of("while locked", "newcomer while locked", "still locked"), outcomes.refused);
      outcomes.record("after the lock", app.client.command("U1", "after the lock"));
      outcomes.assertStoredIn(app);
    }
  }

  /**
   * The request's answer, which must arrive inside Slack's 3 seconds: after that the person sees
   * Slack's own error instead of ours, and cannot know whether the win was saved.
   */
  private static HttpResponse<String> inTime(Callable<HttpResponse<String>> request)
      throws Exception {
    long started = System.nanoTime();
    HttpResponse<String> response = request.call();
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertTrue(
        took.compareTo(SLACK_ACK_LIMIT) < 0,
        "answered after " + took.toMillis() + " ms: " + response.body());
    return response;
  }

  private static HttpResponse<String> submitModal(TestApp app, String viewId, String text) {
    return app.client.interactive(Payloads.winModal("U1", viewId, text));
  }

  /** Each capture's answer, sorted into "told saved" and "told not saved". */
  private static final class Outcomes {
    final List<String> saved = new ArrayList<>();
    final List<String> refused = new ArrayList<>();

    void record(String text, HttpResponse<String> response) {
      String body = response.body();
      assertEquals(200, response.statusCode(), body);
      sort(text, body.contains("Saved win #"), body);
    }

    /** A modal's ack says nothing when it closes on success; a failure keeps it open with why. */
    void recordModal(String text, HttpResponse<String> response) {
      String body = response.body();
      assertEquals(200, response.statusCode(), body);
      sort(text, body.isBlank(), body);
    }

    private void sort(String text, boolean toldSaved, String body) {
      boolean toldNotSaved = body.contains(NOT_SAVED);
      assertTrue(toldSaved != toldNotSaved, "neither plainly saved nor plainly not: " + body);
      (toldSaved ? saved : refused).add(text);
    }

    void assertStoredIn(TestApp app) {
      Set<String> stored =
          new HashSet<>(
              app.jdbi()
                  .withHandle(
                      h -> h.createQuery("SELECT text FROM entries").mapTo(String.class).list()));
      for (String text : saved) {
        assertTrue(stored.contains(text), "told saved but lost: " + text);
      }
      for (String text : refused) {
        assertFalse(stored.contains(text), "told not saved but stored: " + text);
      }
    }

    @Override
    public String toString() {
      return saved.size() + " told saved, " + refused.size() + " told not saved";
    }
  }
}
