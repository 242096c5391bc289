package app.receipts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.Buttons;
import app.receipts.testing.FakeSlack;
import app.receipts.testing.Payloads;
import app.receipts.testing.SharedApp;
import app.receipts.testing.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Slack takes a button's answer on its response_url but answers that post late: the click is still
 * acked inside Slack's 3 s, what it changed is stored, and the answer it posted says so. Before,
 * each button posted its answer first and acked only once the post returned, after SLACK_TIMEOUT_MS
 * (10 s here), so the person saw an error for a click that had worked.
 */
class StalledReplyTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration SLACK_ACK_LIMIT = Duration.ofSeconds(3);
  private static final Duration WAIT = Duration.ofSeconds(10);

  // every test has users of its own
  @RegisterExtension static final SharedApp shared = new SharedApp();
  private final TestApp app = shared.app();

  @BeforeEach
  void slackTakesAnswersLate() {
    app.slack.fail("response_url", FakeSlack.Fault.SLOW_ANSWER);
  }

  @AfterEach
  void letTheAnswersThrough() {
    app.slack.clearResponses();
  }

  @Test
  void pin_on_the_ack() throws Exception {
    long id = win("USR1", "Shipped the importer");

    String answer =
        clickOption("USR1", "win-pin-menu", "pin:" + id, "pin-USR1").path("text").asText();

    assertTrue(answer.contains("Pinned"), answer);
    assertEquals(
        1,
        app.count(
            "SELECT COUNT(*) FROM entries WHERE id = ? AND pinned_at IS NOT NULL", (Object) id));
  }

  @Test
  void run_it_under_a_near_miss() throws Exception {
    win("USR2", "Shipped the exporter");
    JsonNode nearMiss = command("USR2", "lsit");

    JsonNode answer = click("USR2", Buttons.withAction(nearMiss, "win-suggestion-run"), "run-USR2");

    assertTrue(
        answer.path("blocks").toString().contains("Shipped the exporter"), answer.toString());
  }

  @Test
  void save_as_a_win_under_a_near_miss() throws Exception {
    JsonNode nearMiss = command("USR3", "lsit");

    JsonNode answer =
        click("USR3", Buttons.withAction(nearMiss, "win-suggestion-save"), "save-USR3");

    assertEquals("Saved your win.", answer.path("text").asText());
    assertEquals(1, app.count("SELECT COUNT(*) FROM entries WHERE user_id = 'USR3'"));
  }

  @Test
  void delete_it_under_the_delete_question() throws Exception {
    long id = win("USR9", "Shipped the one to delete");
    JsonNode question = command("USR9", "delete " + id);

    String answer =
        click("USR9", Buttons.withAction(question, "win-delete-confirm"), "del-USR9")
            .path("text")
            .asText();

    assertTrue(answer.contains("Deleted win #" + id), answer);
    assertEquals(0, app.count("SELECT COUNT(*) FROM entries WHERE id = ?", id));
  }

  @Test
  void nothing_this_week_snooze_and_pause_on_a_nudge() throws Exception {
    win("USR4", "Shipped the scheduler");

    assertTrue(
        click("USR4", "nudge-nothing", "", "n-USR4").path("text").asText().contains("Noted"));
    assertTrue(
        click("USR4", "nudge-snooze", "", "s-USR4").path("text").asText().contains("Snoozed"));
    assertTrue(
        click("USR4", "nudge-pause-2-weeks", "", "p-USR4")
            .path("text")
            .asText()
            .contains("Paused"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "win-refile-delivery",
        "win-fix-metric",
        "praise-keep",
        "praise-discard",
        "followup-no-number"
      })
  void a_button_on_someone_elses_win_says_so(String actionId) throws Exception {
    long other = win("USR5", "Not for USR6 to touch");

    String answer =
        click("USR6", actionId, Long.toString(other), actionId + "-USR6").path("text").asText();

    assertTrue(answer.contains("isn't") || answer.contains("can't find"), answer);
    assertEquals(1, app.count("SELECT COUNT(*) FROM entries WHERE id = ?", other));
  }

  @Test
  void forget_me_says_what_it_deleted_while_the_dm_copy_waits_on_slack() throws Exception {
    win("USR7", "Shipped the thing I'll forget");
    app.slack.fail("conversations.open", FakeSlack.Fault.SLOW_ANSWER);
    app.slack.fail("chat.postMessage", FakeSlack.Fault.SLOW_ANSWER);

    long started = System.nanoTime();
    HttpResponse<String> done =
        app.client.interactive(
            Payloads.viewSubmission(
                "USR7", "forget-me-modal", "VF7", "", Payloads.state().build()));
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertTrue(took.compareTo(SLACK_ACK_LIMIT) < 0, "acked after " + took);
    assertTrue(done.body().contains("Deleted 1 entries"), done.body());
    assertEquals(0, app.count("SELECT COUNT(*) FROM entries WHERE user_id = 'USR7'"));
    app.slack.await("conversations.open", c -> "USR7".equals(c.param("users")), WAIT);
  }

  @Test
  void pause_in_the_reminder_modal_while_slack_is_slow_to_redraw_it() throws Exception {
    win("USR8", "Shipped before a holiday");
    app.slack.fail("views.update", FakeSlack.Fault.SLOW_ANSWER);
    ObjectNode click =
        (ObjectNode)
            JSON.readTree(
                Payloads.blockAction("USR8", "home-reminder-pause", "pause-2-weeks", null, null));
    ((ObjectNode) click.path("view")).put("type", "modal").put("id", "VUSR8");

    long started = System.nanoTime();
    HttpResponse<String> ack = app.client.interactive(click.toString());
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertEquals(200, ack.statusCode(), ack.body());
    assertTrue(took.compareTo(SLACK_ACK_LIMIT) < 0, "acked after " + took);
    assertTrue(app.client.command("USR8", "remind").body().contains("Paused until"));
    app.slack.await("views.update", c -> "VUSR8".equals(c.param("view_id")), WAIT);
  }

  private long win(String user, String text) throws Exception {
    assertTrue(command(user, text).path("text").asText().contains("Saved"));
    return app.lastEntryId(user);
  }

  private JsonNode command(String user, String text) throws Exception {
    return JSON.readTree(app.client.command(user, text).body());
  }

  private JsonNode click(String user, JsonNode button, String hook) {
    return click(user, button.path("action_id").asText(), button.path("value").asText(), hook);
  }

  private JsonNode click(String user, String actionId, String value, String hook) {
    return answered(
        Payloads.blockAction(user, actionId, value, "C0GENERAL", app.slack.responseUrl(hook)));
  }

  private JsonNode clickOption(String user, String actionId, String value, String hook)
      throws Exception {
    ObjectNode payload =
        (ObjectNode)
            JSON.readTree(Payloads.optionAction(user, actionId, "overflow", value, "C0GENERAL"));
    payload.put("response_url", app.slack.responseUrl(hook));
    return answered(payload.toString());
  }

  /** Clicks, checks the ack came in time, and returns the answer posted to the response_url. */
  private JsonNode answered(String payload) {
    int mark = app.slack.mark();
    long started = System.nanoTime();
    HttpResponse<String> ack = app.client.interactive(payload);
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertEquals(200, ack.statusCode(), ack.body());
    assertTrue(took.compareTo(SLACK_ACK_LIMIT) < 0, "acked after " + took);
    return app.slack.awaitSince(mark, "response_url", c -> true, WAIT).bodyJson();
  }
}
