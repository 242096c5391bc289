package app.receipts.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.capture.CaptureIds;
import app.receipts.testing.FakeSlack;
import app.receipts.testing.Payloads;
import app.receipts.testing.ReminderClock;
import app.receipts.testing.ReminderFlow;
import app.receipts.testing.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The win modal's "I'll have the number later", through to the metric follow-up two weeks on. */
class MetricLaterTest {
  /** The app starts on Monday June 15 2026; Fridays at 16:00 New York are the weekly slots. */
  private static final Instant FRIDAY_16_NY = Instant.parse("2026-06-19T20:00:00Z");

  /** Monday June 29 16:00 New York: two weeks after the wins logged on June 15. */
  private static final Instant TWO_WEEKS_ON = Instant.parse("2026-06-29T20:00:00Z");

  private static final String LATER_BLOCK = "metric_later";

  @RegisterExtension final ReminderFlow flow = new ReminderFlow(this::env);
  private TestApp app;
  private ReminderClock reminders;

  Map<String, String> env() {
    return Map.of();
  }

  @BeforeEach
  void start(TestApp app, ReminderClock reminders) {
    this.app = app;
    this.reminders = reminders;
    // as someone who opens the modal with /win does: known, with weekly reminders
    app.client.command("U1", "help");
    app.awaitIdle();
  }

  private HttpResponse<String> submit(String viewId, String text, String metric, boolean later) {
    Payloads.State state =
        Payloads.state()
            .text("text", text)
            .text("impact", null)
            .text("metric", metric)
            .select("competency", "delivery")
            .text("links", null)
            .date("when", "2026-06-15");
    if (later) {
      state.checked(LATER_BLOCK, "later");
    } else {
      state.checked(LATER_BLOCK);
    }
    return app.client.interactive(
        Payloads.viewSubmission("U1", CaptureIds.MODAL, viewId, "", state.build()));
  }

  private long idOf(String text) {
    return app.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT id FROM entries WHERE user_id = 'U1' AND text = :text")
                    .bind("text", text)
                    .mapTo(Long.class)
                    .one());
  }

  private List<FakeSlack.Call> followUps() {
    return app.slack.calls("chat.postMessage").stream()
        .filter(c -> "DU1".equals(c.param("channel")))
        .filter(c -> String.valueOf(c.param("blocks")).contains(ReminderIds.FOLLOWUP_ADD_METRIC))
        .toList();
  }

  /** The two weekly nudges before the follow-up; the second one plans it. */
  private void twoWeeksPass() {
    reminders.runAt(FRIDAY_16_NY);
    reminders.runAt(FRIDAY_16_NY.plus(Duration.ofDays(7)));
  }

  @Test
  void a_new_wins_modal_offers_the_box_and_an_edit_does_not() {
    app.client.command("U1", "");
    JsonNode fresh = app.slack.await("views.open").json("view");
    JsonNode last = fresh.path("blocks").get(fresh.path("blocks").size() - 1);
    assertEquals(LATER_BLOCK, last.path("block_id").asText());
    assertEquals("checkboxes", last.path("element").path("type").asText());
    assertTrue(last.toString().contains("I'll have the number later"), last.toString());
    assertTrue(last.path("optional").asBoolean(), "nobody has to tick it");

    submit("VNEW", "Launched the pricing page", "conversion up, number soon", true);
    long id = idOf("Launched the pricing page");
    app.client.interactive(
        Payloads.blockAction(
            "U1", CaptureIds.EDIT_BUTTON, Long.toString(id), "DU1", app.slack.responseUrl("e")));
    JsonNode edit =
        app.slack
            .await(
                "views.open",
                c -> c.json("view").path("private_metadata").asText().contains("" + id),
                Duration.ofSeconds(10))
            .json("view");
    assertFalse(edit.path("blocks").toString().contains(LATER_BLOCK), edit.toString());
  }

  @Test
  void a_win_marked_pending_is_asked_about_two_weeks_on_although_it_has_metric_text() {
    HttpResponse<String> saved =
        submit("V1", "Launched the pricing page", "conversion up, number soon", true);
    assertFalse(saved.body().contains("errors"), saved.body());
    submit("V2", "Cut p95 latency on search", "p95 800ms → 200ms", false);
    submit("V3", "Refactored the billing module", null, false);
    long pending = idOf("Launched the pricing page");
    assertEquals(
        1,
        app.count(
            "SELECT COUNT(*) FROM metric_follow_ups WHERE user_id = 'U1' AND entry_id = ?"
                + " AND pending_since IS NOT NULL AND asked_in IS NULL",
            pending),
        "noted for the follow-up before the modal closed");
    assertEquals(1, app.count("SELECT COUNT(*) FROM metric_follow_ups"), "only the ticked one");
    twoWeeksPass();
    assertEquals(List.of(TWO_WEEKS_ON), reminders.followUpTimes("U1"));

    reminders.runAt(TWO_WEEKS_ON);
    reminders.second().runAt(TWO_WEEKS_ON.plusSeconds(10));

    List<FakeSlack.Call> sent = followUps();
    assertEquals(1, sent.size(), "one DM, once, with two instances");
    String blocks = sent.get(0).param("blocks");
    assertTrue(blocks.contains("Launched the pricing page"), blocks);
    assertTrue(blocks.contains("number would come later"), blocks);
    assertTrue(blocks.contains("conversion up, number soon"), blocks);
    assertTrue(blocks.contains("followup-actions-" + pending), "its two buttons: " + blocks);
    assertTrue(blocks.contains("Refactored the billing module"), "no number: asked as today");
    assertFalse(blocks.contains("search"), "a number, not marked pending: not asked about");
    assertEquals(
        1,
        app.count(
            "SELECT COUNT(*) FROM metric_follow_ups WHERE entry_id = ? AND asked_in IS NOT NULL"
                + " AND pending_since IS NOT NULL",
            pending));

    app.client.interactive(
        Payloads.blockAction(
            "U1",
            ReminderIds.FOLLOWUP_NO_NUMBER,
            Long.toString(pending),
            "DU1",
            app.slack.responseUrl("none")));
    String replaced = app.slack.await("response_url").bodyJson().path("blocks").toString();
    assertTrue(replaced.contains("No number for this — noted"), replaced);
    assertEquals(
        1,
        app.count(
            "SELECT COUNT(*) FROM metric_follow_ups WHERE entry_id = ? AND declined_at IS NOT NULL",
            pending));
    assertTrue(reminders.followUpTimes("U1").isEmpty(), "nothing left to ask about");
  }

  @Test
  void a_pending_win_edited_since_is_not_followed_up() {
    submit("V1", "Launched the pricing page", "conversion up, number soon", true);
    submit("V2", "Refactored the billing module", null, false);
    long id = idOf("Launched the pricing page");
    app.clock.advance(Duration.ofHours(1));
    app.client.interactive(
        Payloads.viewSubmission(
            "U1",
            CaptureIds.MODAL,
            "V9",
            "{\"entryId\":" + id + "}",
            Payloads.state()
                .text("text", "Launched the pricing page")
                .text("impact", null)
                .text("metric", "conversion 2.1% → 2.6%")
                .select("competency", "delivery")
                .text("links", "")
                .date("when", "2026-06-15")
                .build()));
    assertEquals(
        1, app.count("SELECT COUNT(*) FROM entries WHERE id = ? AND updated_at > created_at", id));
    twoWeeksPass();

    reminders.runAt(TWO_WEEKS_ON);

    List<FakeSlack.Call> sent = followUps();
    assertEquals(1, sent.size(), "the follow-up went, for the other win");
    String blocks = sent.get(0).param("blocks");
    assertTrue(blocks.contains("billing module"), blocks);
    assertFalse(blocks.contains("pricing page"), "an edit is the answer already: " + blocks);
  }

  @Test
  void with_the_box_unticked_the_follow_up_is_as_before() {
    submit("V1", "Launched the pricing page", "conversion up a bit", false);
    submit("V2", "Refactored the billing module", null, false);
    assertEquals(0, app.count("SELECT COUNT(*) FROM metric_follow_ups"));
    twoWeeksPass();

    reminders.runAt(TWO_WEEKS_ON);

    List<FakeSlack.Call> sent = followUps();
    assertEquals(1, sent.size());
    String blocks = sent.get(0).param("blocks");
    assertTrue(blocks.contains("billing module"), "no number: asked about as before");
    assertFalse(blocks.contains("pricing page"), "some metric text: not asked about " + blocks);
    assertFalse(blocks.contains("number would come later"), blocks);
    assertTrue(reminders.followUpTimes("U1").isEmpty());
  }
}
