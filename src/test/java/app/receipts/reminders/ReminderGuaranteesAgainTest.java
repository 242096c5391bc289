package app.receipts.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.FakeSlack;
import app.receipts.testing.ReminderClock;
import app.receipts.testing.TestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The delivery guarantees again for what pause, cadence and follow-ups add: they survive a restart,
 * honour Retry-After, skip deactivated people and go out once with two schedulers.
 */
class ReminderGuaranteesAgainTest {
  private static final Instant FRIDAY_16_NY = Instant.parse("2026-06-19T20:00:00Z");
  private static final Instant TWO_WEEKS_ON = Instant.parse("2026-06-29T20:00:00Z");

  private static List<FakeSlack.Call> followUps(TestApp app, String userId) {
    return app.slack.calls("chat.postMessage").stream()
        .filter(c -> ("D" + userId).equals(c.param("channel")))
        .filter(c -> String.valueOf(c.param("blocks")).contains(ReminderIds.FOLLOWUP_ADD_METRIC))
        .toList();
  }

  private static void twoWeeksPass(ReminderClock reminders) {
    reminders.runAt(FRIDAY_16_NY);
    reminders.runAt(FRIDAY_16_NY.plus(Duration.ofDays(7)));
  }

  @Test
  void a_pause_a_cadence_and_a_planned_follow_up_survive_a_restart() throws Exception {
    Path dir = Files.createTempDirectory("receipts-restart");
    try (FakeSlack slack = new FakeSlack()) {
      try (TestApp app = TestApp.startOn(slack, dir, Map.of())) {
        app.clock.set(TestApp.START);
        app.client.command("U1", "Shipped the importer");
        app.client.command("U1", "remind every other fri 16:00");
        ReminderClock reminders = new ReminderClock(app);
        twoWeeksPass(reminders);
        app.client.command("U1", "remind pause until 2026-07-15");
      }
      try (TestApp restarted = TestApp.startOn(slack, dir, Map.of())) {
        restarted.clock.set(TWO_WEEKS_ON.minusSeconds(60));
        ReminderClock reminders = new ReminderClock(restarted);
        String shown = restarted.client.command("U1", "remind").body();
        assertTrue(shown.contains("Every other Friday at 16:00"), shown);
        assertTrue(shown.contains("Paused until Wed Jul 15, 2026"), shown);
        // the Friday of the every-other week after the pause
        assertEquals(
            List.of(Instant.parse("2026-07-17T20:00:00Z")), reminders.scheduledTimes("U1"));
        reminders.runAt(TWO_WEEKS_ON);
        assertTrue(followUps(restarted, "U1").isEmpty(), "held by the pause");
        Instant afterPause = Instant.parse("2026-07-15T20:00:00Z");
        assertEquals(List.of(afterPause), reminders.followUpTimes("U1"));
        reminders.runAt(afterPause);
        assertEquals(1, followUps(restarted, "U1").size());
      }
    }
  }

  @Test
  void a_rate_limited_follow_up_waits_for_retry_after_and_goes_out_once() {
    try (TestApp app = TestApp.start()) {
      ReminderClock reminders = new ReminderClock(app);
      app.client.command("U1", "Shipped the importer");
      twoWeeksPass(reminders);
      app.slack.respond("chat.postMessage", c -> FakeSlack.Reply.rateLimited(45));

      reminders.runAt(TWO_WEEKS_ON);
      assertEquals(List.of(TWO_WEEKS_ON.plusSeconds(45)), reminders.followUpTimes("U1"));
      app.slack.clearResponses();
      reminders.runAt(TWO_WEEKS_ON.plusSeconds(44));
      assertTrue(followUps(app, "U1").size() == 1, "only the refused attempt so far");
      reminders.runAt(TWO_WEEKS_ON.plusSeconds(45));
      reminders.second().runAt(TWO_WEEKS_ON.plusSeconds(50));

      assertEquals(2, followUps(app, "U1").size(), "the refused one and the one that went out");
      assertEquals(
          1,
          app.count("SELECT COUNT(*) FROM reminder_deliveries WHERE slot_key LIKE 'followup:%'"));
    }
  }

  @Test
  void a_deactivated_person_gets_no_follow_up_and_nothing_loops() {
    try (TestApp app = TestApp.start()) {
      ReminderClock reminders = new ReminderClock(app);
      app.client.command("U1", "Shipped the importer");
      twoWeeksPass(reminders);
      app.slack.deactivate("U1");

      reminders.runAt(TWO_WEEKS_ON);

      assertTrue(followUps(app, "U1").isEmpty());
      assertTrue(reminders.followUpTimes("U1").isEmpty());
    }
  }
}
