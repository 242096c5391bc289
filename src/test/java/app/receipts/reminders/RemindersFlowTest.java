package app.receipts.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.Eventually;
import app.receipts.testing.FakeSlack;
import app.receipts.testing.Payloads;
import app.receipts.testing.ReminderClock;
import app.receipts.testing.ReminderFlow;
import app.receipts.testing.TestApp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RemindersFlowTest {
  /** Friday June 19 2026, 16:00 in New York (EDT). */
  private static final Instant FRIDAY_16_NY = Instant.parse("2026-06-19T20:00:00Z");

  @RegisterExtension final ReminderFlow flow = new ReminderFlow(this::env);
  TestApp app;
  private ReminderClock reminders;

  /** Extra environment of the app under test; the PostgreSQL twin of this test adds its URL. */
  Map<String, String> env() {
    return Map.of();
  }

  @BeforeEach
  void start(TestApp app, ReminderClock reminders) {
    this.app = app;
    this.reminders = reminders;
  }

  @Test
  void first_use_schedules_a_friday_16_00_nudge_in_the_users_timezone_sent_once() {
    app.client.command("U1", "Shipped the importer");
    assertEquals(List.of(FRIDAY_16_NY), reminders.scheduledTimes("U1"));

    reminders.runAt(FRIDAY_16_NY.minusSeconds(60));
    assertTrue(app.slack.dmsTo("U1").isEmpty(), "not before time");

    reminders.runAt(FRIDAY_16_NY);
    List<FakeSlack.Call> sent = app.slack.dmsTo("U1");
    assertEquals(1, sent.size());
    assertTrue(
        sent.get(0).param("text").contains("you logged 1 entry this week"),
        sent.get(0).param("text"));
    String blocks = sent.get(0).param("blocks");
    for (String id : List.of(ReminderIds.LOG_WIN, ReminderIds.NOTHING, ReminderIds.SNOOZE)) {
      assertTrue(blocks.contains(id), blocks);
    }
    assertTrue(blocks.contains("/win remind off"), "the first nudge says how to stop: " + blocks);

    reminders.runAt(FRIDAY_16_NY.plusSeconds(30));
    assertEquals(1, app.slack.dmsTo("U1").size(), "once per slot");
    assertEquals(List.of(FRIDAY_16_NY.plus(Duration.ofDays(7))), reminders.scheduledTimes("U1"));

    reminders.runAt(FRIDAY_16_NY.plus(Duration.ofDays(7)));
    assertEquals(2, app.slack.dmsTo("U1").size());
    assertFalse(
        app.slack.dmsTo("U1").get(1).param("blocks").contains("/win remind off"),
        "only the first says how to stop");
  }

  @Test
  void two_schedulers_on_one_database_send_each_slot_once() {
    app.client.command("U1", "Shipped the importer");
    ReminderClock other = reminders.second();

    reminders.runAt(FRIDAY_16_NY);
    other.runDue();
    other.runAt(FRIDAY_16_NY.plusSeconds(5));

    assertEquals(1, app.slack.dmsTo("U1").size());
  }

  @Test
  void a_crash_after_sending_does_not_send_again() {
    app.client.command("U1", "Shipped the importer");
    app.jdbi()
        .useHandle(
            h ->
                h.execute(
                    "INSERT INTO reminder_deliveries (team_id, user_id, slot_key, sent_at)"
                        + " VALUES ('T0001', 'U1', 'weekly:2026-W25-FRIDAY', 0)"));

    reminders.runAt(FRIDAY_16_NY);

    assertTrue(app.slack.dmsTo("U1").isEmpty(), "the slot was already claimed by the crashed run");
    assertEquals(List.of(FRIDAY_16_NY.plus(Duration.ofDays(7))), reminders.scheduledTimes("U1"));
  }

  @Test
  void a_nudge_missed_for_more_than_the_local_day_is_skipped_not_burst() {
    app.client.command("U1", "Shipped the importer");

    reminders.runAt(FRIDAY_16_NY.plus(Duration.ofDays(16)));

    assertTrue(app.slack.dmsTo("U1").isEmpty());
    assertEquals(1, reminders.scheduledTimes("U1").size());
    assertTrue(reminders.scheduledTimes("U1").get(0).isAfter(app.clock.instant()));
  }

  @Test
  void a_nudge_missed_by_a_few_hours_is_still_sent_that_day() {
    app.client.command("U1", "Shipped the importer");

    reminders.runAt(FRIDAY_16_NY.plus(Duration.ofHours(3)));

    assertEquals(1, app.slack.dmsTo("U1").size());
  }

  @Test
  void remind_changes_the_schedule_and_moves_the_pending_nudge() {
    app.client.command("U1", "Shipped the importer");

    var reply = app.client.command("U1", "remind mon,thu 09:30");

    assertTrue(reply.body().contains("Mondays and Thursdays at 09:30"), reply.body());
    assertTrue(reply.body().contains("America/New_York"), reply.body());
    // Thursday June 18, 09:30 EDT
    assertEquals(List.of(Instant.parse("2026-06-18T13:30:00Z")), reminders.scheduledTimes("U1"));
    assertTrue(
        app.client.command("U1", "remind").body().contains("Mondays and Thursdays at 09:30"));
  }

  @Test
  void remind_off_cancels_and_on_resumes() {
    app.client.command("U1", "Shipped the importer");

    assertTrue(app.client.command("U1", "remind off").body().contains("Reminders are off"));
    assertTrue(reminders.scheduledTimes("U1").isEmpty());
    reminders.runAt(FRIDAY_16_NY);
    assertTrue(app.slack.dmsTo("U1").isEmpty());

    app.client.command("U1", "remind on");
    assertEquals(1, reminders.scheduledTimes("U1").size());
  }

  @Test
  void invalid_remind_input_gets_examples() {
    var reply = app.client.command("U1", "remind fri 25:00");

    assertTrue(reply.body().contains("/win remind fri 16:00"), reply.body());
  }

  @Test
  void snooze_moves_this_weeks_nudge_to_monday() {
    app.client.command("U1", "Shipped the importer");
    reminders.runAt(FRIDAY_16_NY);

    app.client.interactive(
        Payloads.blockAction(
            "U1", ReminderIds.SNOOZE, "snooze", "DU1", app.slack.responseUrl("snooze")));

    assertTrue(
        app.slack.await("response_url").bodyJson().path("text").asText().contains("Snoozed"));
    Instant monday = Instant.parse("2026-06-22T20:00:00Z");
    assertTrue(
        reminders.scheduledTimes("U1").contains(monday), reminders.scheduledTimes("U1").toString());
    reminders.runAt(monday);
    assertEquals(2, app.slack.dmsTo("U1").size());
  }

  @Test
  void nothing_this_week_quietly_acknowledges() {
    app.client.command("U1", "Shipped the importer");

    app.client.interactive(
        Payloads.blockAction(
            "U1", ReminderIds.NOTHING, "nothing", "DU1", app.slack.responseUrl("nothing")));

    var reply = app.slack.await("response_url").bodyJson();
    assertTrue(reply.path("replace_original").asBoolean());
    assertTrue(reply.path("text").asText().contains("nothing this week"));
  }

  @Test
  void log_a_win_from_the_nudge_opens_the_modal() {
    app.client.interactive(
        Payloads.blockAction(
            "U1", ReminderIds.LOG_WIN, "log", "DU1", app.slack.responseUrl("log")));

    assertEquals(
        "win-modal", app.slack.await("views.open").json("view").path("callback_id").asText());
  }

  @Test
  void rate_limited_nudge_waits_for_retry_after_then_goes_out_once() {
    app.client.command("U1", "Shipped the importer");
    app.slack.respond("chat.postMessage", c -> FakeSlack.Reply.rateLimited(30));

    reminders.runAt(FRIDAY_16_NY);
    assertEquals(List.of(FRIDAY_16_NY.plusSeconds(30)), reminders.scheduledTimes("U1"));

    app.slack.clearResponses();
    reminders.runAt(FRIDAY_16_NY.plusSeconds(29));
    assertEquals(1, app.slack.calls("chat.postMessage").size(), "only the refused attempt so far");
    reminders.runAt(FRIDAY_16_NY.plusSeconds(30));
    assertEquals(2, app.slack.calls("chat.postMessage").size());
    assertEquals(List.of(FRIDAY_16_NY.plus(Duration.ofDays(7))), reminders.scheduledTimes("U1"));
  }

  @Test
  void server_errors_before_anything_was_posted_are_retried_with_backoff() {
    app.client.command("U1", "Shipped the importer");
    // a 500 from chat.postMessage itself may have posted, so it counts as sent (see
    // ReminderDeliveryGuaranteeTest); one from conversations.open certainly posted nothing
    app.slack.respond("conversations.open", c -> new FakeSlack.Reply(500, Map.of(), "oops"));

    reminders.runAt(FRIDAY_16_NY);
    assertEquals(List.of(FRIDAY_16_NY.plus(Duration.ofMinutes(1))), reminders.scheduledTimes("U1"));
    reminders.runAt(FRIDAY_16_NY.plus(Duration.ofMinutes(1)));
    assertEquals(List.of(FRIDAY_16_NY.plus(Duration.ofMinutes(3))), reminders.scheduledTimes("U1"));

    app.slack.clearResponses();
    reminders.runAt(FRIDAY_16_NY.plus(Duration.ofMinutes(3)));
    assertEquals(3, app.slack.calls("conversations.open").size(), "two refused, then the DM");
    assertEquals(1, app.slack.dmsTo("U1").size(), "the nudge, once");
    assertEquals(List.of(FRIDAY_16_NY.plus(Duration.ofDays(7))), reminders.scheduledTimes("U1"));
  }

  @Test
  void weekly_nudges_stay_at_16_00_berlin_time_across_the_spring_change() {
    app.slack.userTimezone("UB", "Europe/Berlin");
    app.clock.set(Instant.parse("2026-03-16T09:00:00Z"));
    app.client.command("UB", "Shipped the Berlin rollout");
    List<Instant> sentAt = new java.util.ArrayList<>();
    for (int week = 0; week < 3; week++) {
      Instant due = reminders.scheduledTimes("UB").get(0);
      reminders.runAt(due);
      sentAt.add(due);
    }

    assertEquals(
        List.of(
            Instant.parse("2026-03-20T15:00:00Z"),
            Instant.parse("2026-03-27T15:00:00Z"),
            Instant.parse("2026-04-03T14:00:00Z")),
        sentAt);
    assertEquals(3, app.slack.dmsTo("UB").size());
  }

  @Test
  void review_reminders_come_14_and_3_days_before_with_gaps_the_packet_and_its_button() {
    app.client.command("U1", "Refactored the billing module and added tests");
    var reply = app.client.command("U1", "review 2026-07-20");
    assertTrue(reply.body().contains("Jul 20, 2026"), reply.body());

    Instant fourteen = Instant.parse("2026-07-06T20:00:00Z");
    Instant three = Instant.parse("2026-07-17T20:00:00Z");
    assertTrue(
        reminders.scheduledTimes("U1").containsAll(List.of(fourteen, three)),
        reminders.scheduledTimes("U1").toString());

    reminders.runAt(fourteen);
    FakeSlack.Call heads =
        app.slack.await(
            "files.completeUploadExternal",
            c -> String.valueOf(c.param("initial_comment")).contains("review is in 14 days"),
            Duration.ofSeconds(30));
    assertEquals("DU1", heads.param("channel_id"));
    String comment = heads.param("initial_comment");
    assertTrue(comment.contains("Gaps so far"), comment);
    assertTrue(comment.contains("attached"), comment);
    reminders.runAt(three);
    FakeSlack.Call last =
        app.slack.await(
            "chat.postMessage",
            c -> String.valueOf(c.param("text")).contains("review is in 3 days"),
            Duration.ofSeconds(5));
    assertTrue(last.param("blocks").contains(ReminderIds.BUILD_PACKET), last.param("blocks"));

    String value = last.json("blocks").get(1).path("elements").get(0).path("value").asText();
    app.client.interactive(
        Payloads.blockAction(
            "U1", ReminderIds.BUILD_PACKET, value, "DU1", app.slack.responseUrl("b")));
    app.slack.await(
        "chat.postMessage",
        c -> String.valueOf(c.param("text")).startsWith("Your review packet for"),
        Duration.ofSeconds(30));
    Eventually.await(
        "the button's packet shared too",
        () -> app.slack.calls("files.completeUploadExternal").size() == 2,
        Duration.ofSeconds(30));
  }

  @Test
  void review_date_can_be_shown_and_cleared() {
    app.client.command("U1", "review 2026-07-20");
    assertTrue(app.client.command("U1", "review").body().contains("Jul 20, 2026"));

    app.client.command("U1", "review clear");

    assertTrue(app.client.command("U1", "review").body().contains("No review date set"));
    assertTrue(
        reminders.scheduledTimes("U1").stream()
            .noneMatch(t -> t.isAfter(Instant.parse("2026-07-01T00:00:00Z"))));
    assertTrue(app.client.command("U1", "review 2020-01-01").body().contains("after today"));
  }

  @Test
  void a_deactivated_user_is_not_reminded_and_nothing_loops() {
    app.client.command("U1", "Shipped the importer");
    app.slack.deactivate("U1");

    reminders.runAt(FRIDAY_16_NY);

    assertTrue(app.slack.dmsTo("U1").isEmpty());
    assertTrue(reminders.scheduledTimes("U1").isEmpty());
  }

  @Test
  void a_user_who_blocked_the_dm_is_marked_and_skipped() {
    app.client.command("U1", "Shipped the importer");
    app.slack.respond("conversations.open", c -> FakeSlack.Reply.error("cannot_dm_bot"));

    reminders.runAt(FRIDAY_16_NY);

    assertTrue(reminders.scheduledTimes("U1").isEmpty());
    assertEquals(
        1, app.count("SELECT COUNT(*) FROM reminder_settings WHERE user_id = 'U1' AND dm_blocked"));
  }
}
