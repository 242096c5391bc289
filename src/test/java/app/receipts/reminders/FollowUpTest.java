package app.receipts.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.capture.CaptureIds;
import app.receipts.mydata.ForgetMe;
import app.receipts.testing.FakeSlack;
import app.receipts.testing.Payloads;
import app.receipts.testing.ReminderClock;
import app.receipts.testing.ReminderFlow;
import app.receipts.testing.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FollowUpTest {
  /** The app starts on Monday June 15 2026; Fridays at 16:00 New York are the weekly slots. */
  private static final Instant FRIDAY_16_NY = Instant.parse("2026-06-19T20:00:00Z");

  /** Monday June 29 16:00 New York: two weeks after the wins logged on June 15. */
  private static final Instant TWO_WEEKS_ON = Instant.parse("2026-06-29T20:00:00Z");

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

  private List<FakeSlack.Call> followUps(String userId) {
    return app.slack.calls("chat.postMessage").stream()
        .filter(c -> ("D" + userId).equals(c.param("channel")))
        .filter(c -> String.valueOf(c.param("blocks")).contains(ReminderIds.FOLLOWUP_ADD_METRIC))
        .toList();
  }

  private List<Long> ids(String userId) {
    return app.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT id FROM entries WHERE user_id = :user ORDER BY id")
                    .bind("user", userId)
                    .mapTo(Long.class)
                    .list());
  }

  /** Runs the two weekly nudges before the follow-up; the second one plans it. */
  private void twoWeeksPass() {
    reminders.runAt(FRIDAY_16_NY);
    assertTrue(reminders.followUpTimes("U1").isEmpty(), "planned only once it is near");
    reminders.runAt(FRIDAY_16_NY.plus(Duration.ofDays(7)));
    assertEquals(List.of(TWO_WEEKS_ON), reminders.followUpTimes("U1"));
  }

  @Test
  void two_weeks_after_wins_without_a_number_one_dm_asks_about_them() {
    app.client.command("U1", "Shipped the importer");
    app.client.command("U1", "Refactored the billing module");
    app.client.command("U1", "Cut p95 latency from 800ms to 200ms");
    twoWeeksPass();

    reminders.runAt(TWO_WEEKS_ON);
    reminders.second().runAt(TWO_WEEKS_ON.plusSeconds(10));

    List<FakeSlack.Call> sent = followUps("U1");
    assertEquals(1, sent.size(), "one DM, once, with two instances");
    String text = sent.get(0).param("text");
    assertTrue(text.startsWith("Two weeks ago you shipped 2 things"), text);
    String blocks = sent.get(0).param("blocks");
    assertTrue(blocks.contains("Two weeks ago you shipped these"), blocks);
    assertTrue(blocks.contains("Shipped the importer") && blocks.contains("billing module"));
    assertFalse(blocks.contains("800ms"), "a win with a number is not asked about");
    assertTrue(blocks.contains("No number for this"), blocks);
    assertEquals(2, app.count("SELECT COUNT(*) FROM metric_follow_ups WHERE user_id = 'U1'"));
    assertTrue(reminders.followUpTimes("U1").isEmpty(), "nothing left to ask about");
  }

  @Test
  void add_metric_opens_the_wins_edit_modal_and_no_number_is_remembered() {
    app.client.command("U1", "Shipped the importer");
    app.client.command("U1", "Refactored the billing module");
    twoWeeksPass();
    reminders.runAt(TWO_WEEKS_ON);
    List<Long> ids = ids("U1");

    app.client.interactive(
        Payloads.blockAction(
            "U1",
            ReminderIds.FOLLOWUP_ADD_METRIC,
            Long.toString(ids.get(0)),
            "DU1",
            app.slack.responseUrl("add")));
    JsonNode modal = app.slack.await("views.open").json("view");
    assertEquals(CaptureIds.MODAL, modal.path("callback_id").asText());
    assertTrue(modal.path("private_metadata").asText().contains("\"entryId\":" + ids.get(0)));
    assertTrue(modal.toString().contains("Shipped the importer"));

    app.client.interactive(
        Payloads.blockAction(
            "U1",
            ReminderIds.FOLLOWUP_NO_NUMBER,
            Long.toString(ids.get(1)),
            "DU1",
            app.slack.responseUrl("none")));
    JsonNode replaced = app.slack.await("response_url").bodyJson();
    assertTrue(replaced.path("replace_original").asBoolean());
    String blocks = replaced.path("blocks").toString();
    assertTrue(blocks.contains("No number for this — noted"), blocks);
    assertEquals(
        1, count(blocks, ReminderIds.FOLLOWUP_NO_NUMBER), "the other win keeps its buttons");
    assertEquals(
        1,
        app.count(
            "SELECT COUNT(*) FROM metric_follow_ups WHERE user_id = 'U1' AND entry_id = ?"
                + " AND declined_at IS NOT NULL",
            ids.get(1)));
  }

  @Test
  void nobody_can_decline_or_open_someone_elses_win() {
    app.client.command("U1", "Shipped the importer");
    twoWeeksPass();
    reminders.runAt(TWO_WEEKS_ON);
    long id = ids("U1").get(0);

    app.client.interactive(
        Payloads.blockAction(
            "U2",
            ReminderIds.FOLLOWUP_NO_NUMBER,
            Long.toString(id),
            "DU2",
            app.slack.responseUrl("theirs")));

    assertTrue(
        app.slack.await("response_url").bodyJson().path("text").asText().contains("can't find"));
    assertEquals(
        0, app.count("SELECT COUNT(*) FROM metric_follow_ups WHERE declined_at IS NOT NULL"));
  }

  @Test
  void at_most_five_wins_a_dm_and_at_most_one_dm_a_week() {
    for (int i = 1; i <= 7; i++) {
      app.client.command("U1", "Shipped part " + i + " of the migration");
    }
    twoWeeksPass();

    reminders.runAt(TWO_WEEKS_ON);
    assertEquals(1, followUps("U1").size());
    assertEquals(5, count(followUps("U1").get(0).param("blocks"), ReminderIds.FOLLOWUP_ADD_METRIC));
    Instant weekLater = TWO_WEEKS_ON.plus(Duration.ofDays(7));
    assertEquals(List.of(weekLater), reminders.followUpTimes("U1"));

    reminders.runAt(TWO_WEEKS_ON.plus(Duration.ofDays(3)));
    assertEquals(1, followUps("U1").size(), "not again within the week");
    reminders.runAt(weekLater);
    List<FakeSlack.Call> sent = followUps("U1");
    assertEquals(2, sent.size());
    assertEquals(2, count(sent.get(1).param("blocks"), ReminderIds.FOLLOWUP_ADD_METRIC));
    assertTrue(sent.get(1).param("text").startsWith("Three weeks ago"), sent.get(1).param("text"));
  }

  @Test
  void a_win_edited_since_it_was_logged_is_not_asked_about() {
    app.client.command("U1", "Shipped the importer");
    app.client.command("U1", "Refactored the billing module");
    long edited = ids("U1").get(0);
    app.clock.advance(Duration.ofHours(1));
    app.client.interactive(
        Payloads.viewSubmission(
            "U1",
            CaptureIds.MODAL,
            "V1",
            "{\"entryId\":" + edited + "}",
            Payloads.state()
                .text("text", "Shipped the importer for the data team")
                .text("impact", "Onboarding without a spreadsheet")
                .text("metric", null)
                .select("competency", "delivery")
                .text("links", "")
                .date("when", "2026-06-15")
                .build()));
    assertTrue(
        app.count("SELECT COUNT(*) FROM entries WHERE id = ? AND updated_at > created_at", edited)
            == 1,
        "the edit was stored");
    twoWeeksPass();

    reminders.runAt(TWO_WEEKS_ON);

    String blocks = followUps("U1").get(0).param("blocks");
    assertFalse(blocks.contains("for the data team"), blocks);
    assertTrue(blocks.contains("billing module"), blocks);
  }

  @Test
  void follow_ups_stop_with_the_weekly_nudge_and_wait_for_a_pause() {
    app.client.command("U1", "Shipped the importer");
    twoWeeksPass();

    app.client.command("U1", "remind off");
    reminders.runAt(TWO_WEEKS_ON);
    assertTrue(followUps("U1").isEmpty(), "off with the weekly nudge");
    assertTrue(reminders.followUpTimes("U1").isEmpty());
  }

  @Test
  void a_follow_up_due_in_a_pause_goes_out_when_it_ends() {
    app.client.command("U1", "Shipped the importer");
    twoWeeksPass();
    app.client.command("U1", "remind pause until 2026-07-01");

    reminders.runAt(TWO_WEEKS_ON);

    assertTrue(followUps("U1").isEmpty());
    Instant afterPause = Instant.parse("2026-07-01T20:00:00Z");
    assertEquals(List.of(afterPause), reminders.followUpTimes("U1"));
    reminders.runAt(afterPause);
    assertEquals(1, followUps("U1").size());
  }

  @Test
  void forget_me_removes_what_follow_ups_remembered() {
    for (int i = 1; i <= 7; i++) {
      app.client.command("U1", "Shipped part " + i + " of the migration");
    }
    twoWeeksPass();
    reminders.runAt(TWO_WEEKS_ON);
    assertEquals(5, app.count("SELECT COUNT(*) FROM metric_follow_ups WHERE user_id = 'U1'"));
    assertEquals(1, reminders.followUpTimes("U1").size());

    app.client.interactive(
        Payloads.viewSubmission("U1", ForgetMe.MODAL, "VF", "", Payloads.state().build()));

    assertEquals(0, app.count("SELECT COUNT(*) FROM metric_follow_ups WHERE user_id = 'U1'"));
    assertTrue(reminders.followUpTimes("U1").isEmpty());
  }

  private static int count(String text, String part) {
    List<Integer> at = new ArrayList<>();
    int from = 0;
    while ((from = text.indexOf(part, from)) >= 0) {
      at.add(from);
      from += part.length();
    }
    return at.size();
  }
}
