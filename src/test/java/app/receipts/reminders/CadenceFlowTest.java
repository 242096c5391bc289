package app.receipts.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.home.HomeIds;
import app.receipts.testing.Payloads;
import app.receipts.testing.ReminderClock;
import app.receipts.testing.ReminderFlow;
import app.receipts.testing.TestApp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CadenceFlowTest {
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

  /** Runs the next few nudges and returns when each went out. */
  private List<Instant> nextSent(String userId, int count) {
    List<Instant> sent = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Instant due = reminders.scheduledTimes(userId).get(0);
      reminders.runAt(due);
      sent.add(due);
    }
    assertEquals(count, app.slack.dmsTo(userId).size());
    return sent;
  }

  @Test
  void every_other_friday_is_echoed_and_sent_every_second_week() {
    app.client.command("U1", "Shipped the importer");

    String reply = app.client.command("U1", "remind every other friday at 4pm").body();

    assertTrue(
        reply.contains("*Every other Friday at 16:00* (America/New_York), next on Fri Jun 19"),
        reply);
    assertEquals(
        List.of(
            Instant.parse("2026-06-19T20:00:00Z"),
            Instant.parse("2026-07-03T20:00:00Z"),
            Instant.parse("2026-07-17T20:00:00Z")),
        nextSent("U1", 3));
    assertTrue(app.client.command("U1", "remind").body().contains("Every other Friday at 16:00"));
  }

  @Test
  void monthly_on_the_last_friday_crosses_months_in_the_users_timezone() {
    app.slack.userTimezone("UK", "Asia/Kathmandu");
    app.client.command("UK", "Shipped the Kathmandu rollout");

    String reply = app.client.command("UK", "remind monthly last fri 16:00").body();

    assertTrue(reply.contains("The last Friday of each month at 16:00"), reply);
    assertTrue(reply.contains("Asia/Kathmandu"), reply);
    // 16:00 at UTC+05:45 is 10:15Z
    assertEquals(
        List.of(
            Instant.parse("2026-06-26T10:15:00Z"),
            Instant.parse("2026-07-31T10:15:00Z"),
            Instant.parse("2026-08-28T10:15:00Z")),
        nextSent("UK", 3));
  }

  @Test
  void weekdays_at_9am_sends_each_working_day() {
    app.client.command("U1", "Shipped the importer");

    assertTrue(
        app.client.command("U1", "remind weekdays 9am").body().contains("Weekdays at 09:00"));

    assertEquals(
        List.of(
            Instant.parse("2026-06-16T13:00:00Z"),
            Instant.parse("2026-06-17T13:00:00Z"),
            Instant.parse("2026-06-18T13:00:00Z"),
            Instant.parse("2026-06-19T13:00:00Z"),
            Instant.parse("2026-06-22T13:00:00Z")),
        nextSent("U1", 5));
  }

  @Test
  void invalid_cadence_input_gets_examples_of_the_same_kind() {
    String reply = app.client.command("U1", "remind every other fryday").body();

    assertTrue(reply.contains("fryday"), reply);
    assertTrue(reply.contains("/win remind every other friday at 4pm"), reply);
    assertTrue(
        app.client
            .command("U1", "remind monthly mon,fri")
            .body()
            .contains("/win remind monthly last fri 16:00"));
  }

  @Test
  void the_settings_modal_sets_a_monthly_cadence_and_quiet_weeks() {
    app.client.command("U1", "Shipped the importer");
    app.client.interactive(
        Payloads.blockAction("U1", HomeIds.REMINDER_SETTINGS, "remind", null, null));
    String modal = app.slack.await("views.open").param("view");
    assertTrue(modal.contains("Every other week") && modal.contains("Once a month"), modal);

    var values = Payloads.state().select("cadence", "MONTHLY").select("month_week", "-1").build();
    var switches =
        values
            .putObject("enabled")
            .putObject("input")
            .put("type", "checkboxes")
            .putArray("selected_options");
    switches.addObject().put("value", "on");
    switches.addObject().put("value", "quiet");
    values
        .putObject("days")
        .putObject("input")
        .put("type", "checkboxes")
        .putArray("selected_options")
        .addObject()
        .put("value", "FRIDAY");
    values
        .putObject("time")
        .putObject("input")
        .put("type", "timepicker")
        .put("selected_time", "15:00");
    app.client.interactive(Payloads.viewSubmission("U1", HomeIds.REMINDER_MODAL, "VR", "", values));

    String shown = app.client.command("U1", "remind").body();
    assertTrue(shown.contains("The last Friday of each month at 15:00"), shown);
    assertTrue(shown.contains("Quiet weeks on"), shown);
    assertEquals(List.of(Instant.parse("2026-06-26T19:00:00Z")), reminders.scheduledTimes("U1"));
  }

  @Test
  void the_settings_modal_refuses_a_monthly_reminder_on_several_days() {
    var values = Payloads.state().select("cadence", "MONTHLY").build();
    var days =
        values
            .putObject("days")
            .putObject("input")
            .put("type", "checkboxes")
            .putArray("selected_options");
    days.addObject().put("value", "MONDAY");
    days.addObject().put("value", "FRIDAY");

    var response =
        app.client.interactive(
            Payloads.viewSubmission("U1", HomeIds.REMINDER_MODAL, "VR", "", values));

    assertTrue(response.body().contains("\"days\""), response.body());
    assertTrue(response.body().contains("one day"), response.body());
  }
}
