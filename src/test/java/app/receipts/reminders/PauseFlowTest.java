package app.receipts.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.home.HomeIds;
import app.receipts.testing.FakeSlack;
import app.receipts.testing.Payloads;
import app.receipts.testing.ReminderClock;
import app.receipts.testing.ReminderFlow;
import app.receipts.testing.TestApp;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PauseFlowTest {
  /** Friday June 19 2026, 16:00 in New York (EDT); the app starts on Monday June 15. */
  private static final Instant FRIDAY_16_NY = Instant.parse("2026-06-19T20:00:00Z");

  private static final Duration WEEK = Duration.ofDays(7);
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

  @Test
  void pause_until_a_date_holds_nudges_and_the_first_after_it_says_welcome_back() {
    app.client.command("U1", "Shipped the importer");

    String reply = app.client.command("U1", "remind pause until 2026-07-06").body();

    assertTrue(reply.contains("paused until *Mon Jul 6, 2026*"), reply);
    assertTrue(reply.contains("resume by themselves"), reply);
    assertTrue(reply.contains("Fri Jul 10 at 16:00"), reply);
    assertEquals(List.of(Instant.parse("2026-07-10T20:00:00Z")), reminders.scheduledTimes("U1"));
    String shown = app.client.command("U1", "remind").body();
    assertTrue(shown.contains("Paused until Mon Jul 6, 2026"), shown);
    assertTrue(shown.contains("/win remind resume"), shown);

    for (int week = 0; week < 3; week++) {
      reminders.runAt(FRIDAY_16_NY.plus(WEEK.multipliedBy(week)));
    }
    assertTrue(app.slack.dmsTo("U1").isEmpty(), "nothing while paused");

    reminders.runAt(Instant.parse("2026-07-10T20:00:00Z"));
    assertEquals(1, app.slack.dmsTo("U1").size());
    assertTrue(app.slack.dmsTo("U1").get(0).param("blocks").contains("Welcome back"));
    assertFalse(app.client.command("U1", "remind").body().contains("Paused"), "the pause is over");

    reminders.runAt(Instant.parse("2026-07-17T20:00:00Z"));
    assertEquals(2, app.slack.dmsTo("U1").size());
    assertFalse(
        app.slack.dmsTo("U1").get(1).param("blocks").contains("Welcome back"), "only the first");
  }

  @Test
  void app_home_shows_the_pause_while_it_holds_and_not_after() {
    app.client.command("U1", "Shipped the importer");
    app.client.command("U1", "remind pause until 2026-07-06");

    app.client.event(Payloads.homeOpened("U1", "EvPaused"));
    String paused =
        app.slack
            .await(
                "views.publish",
                c -> c.param("view").contains("Reminders:"),
                Duration.ofSeconds(10))
            .param("view");
    assertTrue(paused.contains("paused until Mon Jul 6, 2026"), paused);

    reminders.runAt(Instant.parse("2026-07-10T20:00:00Z"));
    app.client.event(Payloads.homeOpened("U1", "EvBack"));
    String back =
        app.slack
            .await(
                "views.publish",
                c -> c.param("view").contains("Reminders:") && !c.param("view").equals(paused),
                Duration.ofSeconds(10))
            .param("view");
    assertFalse(back.contains("paused until"), back);
  }

  @Test
  void a_slot_already_scheduled_inside_a_pause_is_held_and_the_next_one_after_it_sent() {
    app.client.command("U1", "Shipped the importer");
    app.client.command("U1", "remind fri 16:00");
    // a pause saved while the Friday slot stays scheduled, as when another instance saved it
    app.jdbi()
        .useHandle(
            h ->
                h.execute(
                    "UPDATE reminder_settings SET paused_until = '2026-07-01', welcome_back = TRUE"
                        + " WHERE user_id = 'U1'"));
    assertEquals(List.of(FRIDAY_16_NY), reminders.scheduledTimes("U1"));

    reminders.runAt(FRIDAY_16_NY);

    assertTrue(app.slack.dmsTo("U1").isEmpty());
    assertEquals(List.of(Instant.parse("2026-07-03T20:00:00Z")), reminders.scheduledTimes("U1"));
    reminders.runAt(Instant.parse("2026-07-03T20:00:00Z"));
    assertEquals(1, app.slack.dmsTo("U1").size());
    assertTrue(app.slack.dmsTo("U1").get(0).param("blocks").contains("Welcome back"));
  }

  @Test
  void pause_for_two_weeks_and_resume_early() {
    app.client.command("U1", "Shipped the importer");

    String paused = app.client.command("U1", "remind pause 2 weeks").body();
    assertTrue(paused.contains("Mon Jun 29, 2026"), paused);
    assertEquals(List.of(Instant.parse("2026-07-03T20:00:00Z")), reminders.scheduledTimes("U1"));

    String resumed = app.client.command("U1", "remind resume").body();
    assertTrue(resumed.contains("Pause ended"), resumed);
    assertTrue(resumed.contains("Fri Jun 19 at 16:00"), resumed);
    assertEquals(List.of(FRIDAY_16_NY), reminders.scheduledTimes("U1"));
    reminders.runAt(FRIDAY_16_NY);
    String nudge = app.slack.dmsTo("U1").get(0).param("blocks");
    assertFalse(nudge.contains("Welcome back"), "they ended it themselves and were told: " + nudge);
    assertTrue(app.client.command("U1", "remind resume").body().contains("not paused"));
  }

  @Test
  void the_nudge_has_a_pause_button_that_pauses_two_weeks() {
    app.client.command("U1", "Shipped the importer");
    reminders.runAt(FRIDAY_16_NY);
    assertTrue(app.slack.dmsTo("U1").get(0).param("blocks").contains(ReminderIds.PAUSE));

    app.client.interactive(
        Payloads.blockAction(
            "U1", ReminderIds.PAUSE, "pause-2-weeks", "DU1", app.slack.responseUrl("pause")));

    var reply = app.slack.await("response_url").bodyJson();
    assertTrue(reply.path("replace_original").asBoolean());
    assertTrue(
        reply.path("text").asText().contains("Paused until Fri Jul 3, 2026"), reply.toString());
    assertEquals(List.of(Instant.parse("2026-07-03T20:00:00Z")), reminders.scheduledTimes("U1"));
    reminders.runAt(FRIDAY_16_NY.plus(WEEK));
    assertEquals(1, app.slack.dmsTo("U1").size(), "nothing in the pause");
  }

  @Test
  void the_settings_modal_offers_the_pause_and_shows_it() throws Exception {
    app.client.command("U1", "Shipped the importer");
    app.client.interactive(
        Payloads.blockAction("U1", HomeIds.REMINDER_SETTINGS, "remind", null, null));
    String modal = app.slack.await("views.open").param("view");
    assertTrue(modal.contains(HomeIds.REMINDER_PAUSE), modal);

    ObjectNode click =
        (ObjectNode)
            new ObjectMapper()
                .readTree(
                    Payloads.blockAction(
                        "U1", HomeIds.REMINDER_PAUSE, "pause-2-weeks", null, null));
    ((ObjectNode) click.path("view")).put("type", "modal").put("id", "VMODAL");
    app.client.interactive(click.toString());

    FakeSlack.Call update = app.slack.await("views.update");
    assertEquals("VMODAL", update.param("view_id"));
    assertTrue(
        update.param("view").contains("Paused until Mon Jun 29, 2026"), update.param("view"));
    assertTrue(update.param("view").contains(HomeIds.REMINDER_RESUME));
    assertTrue(app.client.command("U1", "remind").body().contains("Paused until Mon Jun 29, 2026"));
  }

  @Test
  void bad_pause_input_gets_pause_examples() {
    String reply = app.client.command("U1", "remind pause until someday").body();

    assertTrue(reply.contains("not a date"), reply);
    assertTrue(reply.contains("/win remind pause 2 weeks"), reply);
  }
}
