package app.receipts.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.FakeSlack;
import app.receipts.testing.ReminderClock;
import app.receipts.testing.ReminderFlow;
import app.receipts.testing.TestApp;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AwayAndQuietTest {
  /** Friday June 19 2026, 16:00 in New York (EDT); the app starts on Monday June 15. */
  private static final Instant FRIDAY_16_NY = Instant.parse("2026-06-19T20:00:00Z");

  private static final ObjectMapper JSON = new ObjectMapper();
  @RegisterExtension final ReminderFlow flow = new ReminderFlow(this::env);
  TestApp app;
  private ReminderClock reminders;

  Map<String, String> env() {
    return Map.of();
  }

  @BeforeEach
  void start(TestApp app, ReminderClock reminders) {
    this.app = app;
    this.reminders = reminders;
  }

  /** users.info answers as Slack does, with this profile status for the user. */
  private void status(String userId, String emoji, String text, long expiration) {
    app.slack.respond(
        "users.info",
        call -> {
          FakeSlack.Reply usual = app.slack.answerAsSlack(call);
          if (!userId.equals(call.param("user"))) {
            return usual;
          }
          try {
            ObjectNode body = (ObjectNode) JSON.readTree(usual.body());
            ((ObjectNode) body.path("user"))
                .putObject("profile")
                .put("status_emoji", emoji)
                .put("status_text", text)
                .put("status_expiration", expiration);
            return FakeSlack.Reply.ok(body.toString());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private String stateOf(String userId, String slotKey) {
    return app.jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT state FROM reminder_deliveries WHERE user_id = :user"
                            + " AND slot_key = :slot")
                    .bind("user", userId)
                    .bind("slot", slotKey)
                    .mapTo(String.class)
                    .findOne()
                    .orElse(null));
  }

  @Test
  void a_vacation_status_skips_the_nudge_silently_and_the_slot_counts_as_handled() {
    app.client.command("U1", "Shipped the importer");
    status("U1", ":palm_tree:", "Vacationing", 0);

    reminders.runAt(FRIDAY_16_NY);
    reminders.second().runAt(FRIDAY_16_NY.plusSeconds(30));

    assertTrue(app.slack.dmsTo("U1").isEmpty(), "nothing sent, nothing said");
    assertEquals("skipped", stateOf("U1", "weekly:2026-W25-FRIDAY"));
    assertEquals(List.of(FRIDAY_16_NY.plus(Duration.ofDays(7))), reminders.scheduledTimes("U1"));

    app.slack.clearResponses();
    reminders.runAt(FRIDAY_16_NY.plus(Duration.ofDays(7)));
    assertEquals(1, app.slack.dmsTo("U1").size(), "back from vacation: the next slot goes out");
  }

  @Test
  void an_out_of_office_text_until_later_today_skips_the_nudge() {
    app.client.command("U1", "Shipped the importer");
    status("U1", "", "OOO until Monday", FRIDAY_16_NY.plus(Duration.ofHours(6)).getEpochSecond());

    reminders.runAt(FRIDAY_16_NY);

    assertTrue(app.slack.dmsTo("U1").isEmpty());
  }

  @Test
  void an_expired_away_status_does_not_skip_the_nudge() {
    app.client.command("U1", "Shipped the importer");
    status(
        "U1",
        ":face_with_thermometer:",
        "Out sick",
        FRIDAY_16_NY.minusSeconds(60).getEpochSecond());

    reminders.runAt(FRIDAY_16_NY);

    assertEquals(1, app.slack.dmsTo("U1").size());
  }

  @Test
  void a_status_that_is_not_away_does_not_skip_the_nudge() {
    app.client.command("U1", "Shipped the importer");
    status("U1", ":spiral_calendar_pad:", "In a meeting", 0);

    reminders.runAt(FRIDAY_16_NY);

    assertEquals(1, app.slack.dmsTo("U1").size());
    assertEquals("sent", stateOf("U1", "weekly:2026-W25-FRIDAY"));
  }

  @Test
  void quiet_weeks_skip_the_nudge_in_a_week_with_an_entry() {
    app.client.command("U1", "Shipped the importer");

    String reply = app.client.command("U1", "remind quiet on").body();
    assertTrue(reply.contains("Quiet weeks on"), reply);
    assertTrue(app.client.command("U1", "remind").body().contains("Quiet weeks on"));

    reminders.runAt(FRIDAY_16_NY);
    assertTrue(app.slack.dmsTo("U1").isEmpty(), "logged something this week");
    assertEquals("skipped", stateOf("U1", "weekly:2026-W25-FRIDAY"));

    reminders.runAt(FRIDAY_16_NY.plus(Duration.ofDays(7)));
    assertEquals(1, app.slack.dmsTo("U1").size(), "a week with nothing logged gets its nudge");

    app.client.command("U1", "remind quiet off");
    app.clock.set(Instant.parse("2026-06-29T14:00:00Z"));
    app.client.command("U1", "Shipped the exporter");
    reminders.runAt(FRIDAY_16_NY.plus(Duration.ofDays(14)));
    assertEquals(2, app.slack.dmsTo("U1").size(), "quiet weeks off: the nudge comes anyway");
  }

  @Test
  void a_bad_quiet_value_says_what_it_takes() {
    assertTrue(
        app.client.command("U1", "remind quiet maybe").body().contains("/win remind quiet on"));
  }
}
