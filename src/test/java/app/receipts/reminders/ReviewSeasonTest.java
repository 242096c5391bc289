package app.receipts.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.FakeSlack;
import app.receipts.testing.ReminderClock;
import app.receipts.testing.TestApp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReviewSeasonTest {
  private static final Instant FOURTEEN_DAYS_BEFORE = Instant.parse("2026-07-06T20:00:00Z");
  private static final Instant THREE_DAYS_BEFORE = Instant.parse("2026-07-17T20:00:00Z");
  private static final Duration WAIT = Duration.ofSeconds(30);

  private TestApp app;
  private ReminderClock reminders;

  @BeforeEach
  void start() {
    app = TestApp.start();
    reminders = new ReminderClock(app);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void fourteen_days_before_the_packet_itself_comes_and_three_days_before_the_gaps_left() {
    app.client.command("U1", "Refactored the billing module and added tests");
    app.client.command("U1", "review 2026-07-20");

    reminders.runAt(FOURTEEN_DAYS_BEFORE);
    reminders.second().runAt(FOURTEEN_DAYS_BEFORE.plusSeconds(5));

    FakeSlack.Call heads =
        app.slack.await(
            "chat.postMessage",
            c -> String.valueOf(c.param("text")).contains("review is in 14 days"),
            WAIT);
    assertTrue(heads.param("blocks").contains("Your packet for it follows here"));
    app.slack.await(
        "chat.postMessage",
        c -> String.valueOf(c.param("text")).startsWith("Your review packet for"),
        WAIT);
    FakeSlack.Call files = app.slack.await("files.completeUploadExternal", c -> true, WAIT);
    assertEquals("DU1", files.param("channel_id"));
    assertEquals(1, app.count("SELECT COUNT(*) FROM packet_requests WHERE user_id = 'U1'"));

    reminders.runAt(THREE_DAYS_BEFORE);
    FakeSlack.Call last =
        app.slack.await(
            "chat.postMessage",
            c -> String.valueOf(c.param("text")).contains("review is in 3 days"),
            WAIT);
    String blocks = last.param("blocks");
    assertTrue(blocks.contains("Gaps that remain"), blocks);
    assertFalse(blocks.contains("follows here"), blocks);
    assertEquals(
        1,
        app.count("SELECT COUNT(*) FROM packet_requests WHERE user_id = 'U1'"),
        "the packet came once, 14 days before");
  }
}
