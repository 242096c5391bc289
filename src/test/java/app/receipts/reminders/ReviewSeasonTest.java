package app.receipts.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.FakeSlack;
import app.receipts.testing.ReminderClock;
import app.receipts.testing.TestApp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Review season: 14 days before the review the DM carries the packet's files, built by the same
 * durable reminder run that sends it; 3 days before, the gaps that remain.
 */
class ReviewSeasonTest {
  /** The review is Monday July 20 2026; the reminders come at the default 16:00 New York. */
  private static final Instant FOURTEEN_DAYS_BEFORE = Instant.parse("2026-07-06T20:00:00Z");

  private static final Instant THREE_DAYS_BEFORE = Instant.parse("2026-07-17T20:00:00Z");
  private static final Duration WAIT = Duration.ofSeconds(30);

  private static String uploaded(FakeSlack.Call upload) {
    return new String(upload.bytes(), StandardCharsets.UTF_8);
  }

  private static List<FakeSlack.Call> shares(TestApp app) {
    return app.slack.calls("files.completeUploadExternal");
  }

  private static List<FakeSlack.Call> posts(TestApp app, String containing) {
    return app.slack.calls("chat.postMessage").stream()
        .filter(c -> String.valueOf(c.param("text")).contains(containing))
        .toList();
  }

  private static String deliveryState(TestApp app, String slotKey) {
    return app.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT state FROM reminder_deliveries WHERE slot_key = :key")
                    .bind("key", slotKey)
                    .mapTo(String.class)
                    .one());
  }

  @Test
  void fourteen_days_before_the_dm_carries_the_packet_and_three_days_before_the_gaps_left() {
    try (TestApp app = TestApp.start()) {
      ReminderClock reminders = new ReminderClock(app);
      app.client.command("U1", "Refactored the billing module and added tests");
      app.client.command("U1", "review 2026-07-20");

      reminders.runAt(FOURTEEN_DAYS_BEFORE);
      reminders.second().runAt(FOURTEEN_DAYS_BEFORE.plusSeconds(5));

      FakeSlack.Call dm = app.slack.await("files.completeUploadExternal", c -> true, WAIT);
      assertEquals("DU1", dm.param("channel_id"), "in the person's DM");
      String comment = dm.param("initial_comment");
      assertTrue(comment.contains("review is in 14 days"), comment);
      assertTrue(comment.contains("Your packet for it is attached"), comment);
      assertTrue(comment.contains("You have 1 entry"), comment);
      assertTrue(comment.contains("Gaps so far"), comment);
      String names = dm.param("files");
      assertTrue(names.contains(".md") && names.contains(".pdf"), names);
      List<FakeSlack.Call> uploads = app.slack.calls("upload");
      assertEquals(2, uploads.size(), "the Markdown and the PDF");
      assertTrue(uploads.stream().anyMatch(u -> uploaded(u).contains("billing module")));
      assertTrue(uploads.stream().anyMatch(u -> uploaded(u).startsWith("%PDF")));
      assertEquals(2, app.slack.calls("files.getUploadURLExternal").size());
      assertEquals(1, shares(app).size(), "once, with two instances");
      assertTrue(posts(app, "review is in 14 days").isEmpty(), "the share is the DM");
      assertTrue(posts(app, "Your review packet for").isEmpty(), "no second packet DM");
      assertEquals("sent", deliveryState(app, "review:2026-07-20:14"));

      reminders.runAt(THREE_DAYS_BEFORE);
      FakeSlack.Call last =
          app.slack.await(
              "chat.postMessage",
              c -> String.valueOf(c.param("text")).contains("review is in 3 days"),
              WAIT);
      String blocks = last.param("blocks");
      assertTrue(blocks.contains("Gaps that remain"), blocks);
      assertTrue(blocks.contains(ReminderIds.BUILD_PACKET), blocks);
      assertFalse(blocks.contains("attached"), blocks);
      assertEquals(1, shares(app).size(), "the packet came once, 14 days before");
    }
  }

  @Test
  void when_the_files_cannot_be_attached_the_dm_goes_with_the_button_and_says_so() {
    try (TestApp app = TestApp.start()) {
      ReminderClock reminders = new ReminderClock(app);
      app.client.command("U1", "Refactored the billing module and added tests");
      app.client.command("U1", "review 2026-07-20");
      app.slack.respond(
          "files.getUploadURLExternal", c -> FakeSlack.Reply.error("service_unavailable"));

      reminders.runAt(FOURTEEN_DAYS_BEFORE);

      FakeSlack.Call dm =
          app.slack.await(
              "chat.postMessage",
              c -> String.valueOf(c.param("text")).contains("review is in 14 days"),
              WAIT);
      assertEquals("DU1", dm.param("channel"));
      String blocks = dm.param("blocks");
      assertTrue(blocks.contains("files could not be attached"), blocks);
      assertTrue(blocks.contains(ReminderIds.BUILD_PACKET), blocks);
      assertTrue(shares(app).isEmpty());
      assertEquals("sent", deliveryState(app, "review:2026-07-20:14"));
      reminders.runAt(FOURTEEN_DAYS_BEFORE.plus(Duration.ofMinutes(10)));
      assertEquals(1, posts(app, "review is in 14 days").size(), "told once");
    }
  }

  @Test
  void a_rate_limited_share_waits_for_retry_after_across_a_restart_and_goes_once()
      throws Exception {
    Path dir = Files.createTempDirectory("receipts-review");
    try (FakeSlack slack = new FakeSlack()) {
      try (TestApp app = TestApp.startOn(slack, dir, Map.of())) {
        app.clock.set(TestApp.START);
        ReminderClock reminders = new ReminderClock(app);
        app.client.command("U1", "Refactored the billing module and added tests");
        app.client.command("U1", "review 2026-07-20");
        slack.respond("files.getUploadURLExternal", c -> FakeSlack.Reply.rateLimited(60));

        reminders.runAt(FOURTEEN_DAYS_BEFORE);

        assertTrue(shares(app).isEmpty());
        assertTrue(posts(app, "review is in 14 days").isEmpty(), "nothing went out");
        assertTrue(
            reminders.scheduledTimes("U1").contains(FOURTEEN_DAYS_BEFORE.plusSeconds(60)),
            "waits as long as Slack asked: " + reminders.scheduledTimes("U1"));
      }
      slack.clearResponses();
      try (TestApp restarted = TestApp.startOn(slack, dir, Map.of())) {
        restarted.clock.set(FOURTEEN_DAYS_BEFORE.plusSeconds(30));
        ReminderClock reminders = new ReminderClock(restarted);
        reminders.runAt(FOURTEEN_DAYS_BEFORE.plusSeconds(60));
        reminders.second().runAt(FOURTEEN_DAYS_BEFORE.plusSeconds(70));

        List<FakeSlack.Call> shared = shares(restarted);
        assertEquals(1, shared.size(), "once, after the restart, with two instances");
        assertEquals("DU1", shared.get(0).param("channel_id"));
        assertTrue(shared.get(0).param("initial_comment").contains("review is in 14 days"));
        assertEquals("sent", deliveryState(restarted, "review:2026-07-20:14"));
      }
    }
  }
}
