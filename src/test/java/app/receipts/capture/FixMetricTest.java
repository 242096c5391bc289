package app.receipts.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.FakeSlack;
import app.receipts.testing.Payloads;
import app.receipts.testing.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Fix metric button of the /win ack: the owner corrects the metric the rules read. */
class FixMetricTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WIN = "Cut the notifications service from 2.3% to 0.4%";
  private static final String READ = "notifications service 2.3% → 0.4%";
  private TestApp app;

  @BeforeEach
  void start() {
    app = TestApp.start();
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private JsonNode command(String userId, String text) throws Exception {
    return JSON.readTree(app.client.command(userId, text).body());
  }

  private static List<String> actionIds(JsonNode ack) {
    List<String> ids = new ArrayList<>();
    ack.path("blocks")
        .forEach(b -> b.path("elements").forEach(e -> ids.add(e.path("action_id").asText())));
    return ids;
  }

  private static Optional<JsonNode> fixButton(JsonNode ack) {
    for (JsonNode block : ack.path("blocks")) {
      for (JsonNode element : block.path("elements")) {
        if (element.path("action_id").asText().equals(CaptureIds.FIX_METRIC_BUTTON)) {
          return Optional.of(element);
        }
      }
    }
    return Optional.empty();
  }

  private void press(String userId, JsonNode button, String responseId) {
    app.client.interactive(
        Payloads.blockAction(
            userId,
            button.path("action_id").asText(),
            button.path("value").asText(),
            "C0GENERAL",
            app.slack.responseUrl(responseId)));
  }

  private JsonNode submit(String userId, String metadata, String metric) throws Exception {
    String body =
        app.client
            .interactive(
                Payloads.viewSubmission(
                    userId,
                    CaptureIds.FIX_METRIC_MODAL,
                    "VFIX" + System.nanoTime(),
                    metadata,
                    Payloads.state().text(CaptureIds.METRIC_BLOCK, metric).build()))
            .body();
    return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
  }

  private String metricOf(long id) {
    return app.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT metric FROM entries WHERE id = :id")
                    .bind("id", id)
                    .mapTo(String.class)
                    .one());
  }

  private List<Map<String, Object>> rows(String sql, long id) {
    return app.jdbi().withHandle(h -> h.createQuery(sql).bind("id", id).mapToMap().list());
  }

  private static String metadata(long id) {
    return "{\"entryId\":" + id + ",\"channelId\":\"C0GENERAL\"}";
  }

  @Test
  void a_metric_read_from_the_text_offers_fix_metric_and_a_win_without_one_does_not()
      throws Exception {
    JsonNode ack = command("U1", WIN);

    JsonNode button = fixButton(ack).orElseThrow(() -> new AssertionError(ack.toString()));
    assertEquals("Fix metric", button.path("text").path("text").asText());
    List<String> ids = actionIds(ack);
    assertEquals(
        List.of(CaptureIds.EDIT_BUTTON, CaptureIds.FIX_METRIC_BUTTON, CaptureIds.UNDO_BUTTON),
        ids.subList(ids.size() - 3, ids.size()));
    assertTrue(
        fixButton(command("U1", "Released v2.3.1 on 2026-01-05 and closed PROJ-1234")).isEmpty());
  }

  @Test
  void the_owner_fixes_it_in_a_prefilled_modal_and_line_rows_and_correction_change()
      throws Exception {
    JsonNode button = fixButton(command("U1", WIN)).orElseThrow();
    long id = Long.parseLong(button.path("value").asText());
    assertEquals(READ, metricOf(id));

    press("U1", button, "fix1");
    JsonNode view = app.slack.await("views.open").json("view");
    assertEquals(CaptureIds.FIX_METRIC_MODAL, view.path("callback_id").asText());
    JsonNode input = view.path("blocks").get(0).path("element");
    assertEquals(READ, input.path("initial_value").asText());
    assertEquals(WinRules.MAX_METRIC, input.path("max_length").asInt());
    assertTrue(
        view.path("private_metadata").asText().contains("\"entryId\":" + id), view.toString());

    JsonNode answer =
        submit("U1", view.path("private_metadata").asText(), " error rate 2.3% → 0.4% ");

    assertFalse(answer.has("errors"), answer.toString());
    assertEquals("error rate 2.3% → 0.4%", metricOf(id));
    List<Map<String, Object>> metrics =
        rows("SELECT * FROM entry_metrics WHERE entry_id = :id ORDER BY position", id);
    assertEquals(1, metrics.size(), metrics.toString());
    assertEquals("error rate", metrics.get(0).get("subject"));
    assertEquals(2.3, ((Number) metrics.get(0).get("before")).doubleValue());
    assertEquals(0.4, ((Number) metrics.get(0).get("after")).doubleValue());
    List<Map<String, Object>> corrections =
        rows("SELECT * FROM rule_corrections WHERE entry_id = :id ORDER BY id", id);
    assertEquals(2, corrections.size(), corrections.toString());
    assertEquals("metric", corrections.get(0).get("kind"));
    assertEquals(READ, corrections.get(0).get("from_value"));
    assertEquals("error rate 2.3% → 0.4%", corrections.get(0).get("to_value"));
    assertEquals("U1", corrections.get(0).get("user_id"));
    assertEquals("subject", corrections.get(1).get("kind"));
    assertEquals("notifications service", corrections.get(1).get("from_value"));
    assertEquals("error rate", corrections.get(1).get("to_value"));

    // the ack Fix metric was clicked on is redrawn in place: no stale metric, no second button
    FakeSlack.Call redrawn =
        app.slack.await(
            "response_url", c -> c.body().contains("Fixed the metric"), Duration.ofSeconds(10));
    JsonNode body = redrawn.bodyJson();
    assertTrue(body.path("replace_original").asBoolean(), redrawn.body());
    assertTrue(
        body.path("text").asText().contains("Fixed the metric of win #" + id), redrawn.body());
    String blocks = body.path("blocks").toString();
    assertTrue(blocks.contains("Metric: *error rate 2.3% → 0.4%*"), blocks);
    assertFalse(blocks.contains(CaptureIds.FIX_METRIC_BUTTON), blocks);
    assertFalse(blocks.contains(READ), blocks);
    assertTrue(app.neverCalled("chat.postEphemeral", c -> true));
  }

  @Test
  void a_fix_from_a_modal_without_the_clicks_response_url_is_told_in_the_channel()
      throws Exception {
    JsonNode button = fixButton(command("U1", WIN)).orElseThrow();
    long id = Long.parseLong(button.path("value").asText());

    submit("U1", metadata(id), "error rate 2.3% → 0.4%");

    FakeSlack.Call told = app.slack.await("chat.postEphemeral");
    assertEquals("U1", told.param("user"));
    assertTrue(told.param("text").contains("Fixed the metric of win #" + id), told.param("text"));
    assertTrue(
        told.param("blocks").contains("Metric: *error rate 2.3% → 0.4%*"), told.param("blocks"));
  }

  @Test
  void a_renamed_subject_is_how_that_person_and_nobody_else_reads_it_next_time() throws Exception {
    JsonNode button = fixButton(command("U1", WIN)).orElseThrow();
    long id = Long.parseLong(button.path("value").asText());
    submit("U1", metadata(id), "error rate 2.3% → 0.4%");

    String mine = command("U1", "Brought the notifications service from 1.9% to 0.2%").toString();
    String theirs = command("U2", "Brought the notifications service from 1.9% to 0.2%").toString();

    assertTrue(mine.contains("Metric: *error rate 1.9% → 0.2%*"), mine);
    assertTrue(theirs.contains("Metric: *notifications service 1.9% → 0.2%*"), theirs);
    assertEquals(
        1,
        app.count(
            "SELECT COUNT(*) FROM entry_metrics m JOIN entries e ON e.id = m.entry_id"
                + " WHERE e.user_id = 'U1' AND m.subject = 'error rate' AND m.before = 1.9"));
  }

  @Test
  void a_typed_ascii_arrow_is_stored_and_redrawn_as_the_arrow_the_rules_write() throws Exception {
    JsonNode button = fixButton(command("U1", WIN)).orElseThrow();
    long id = Long.parseLong(button.path("value").asText());
    press("U1", button, "fixarrow");
    String metadata = app.slack.await("views.open").json("view").path("private_metadata").asText();

    JsonNode answer = submit("U1", metadata, "error rate 2.3%->0.4%");

    assertFalse(answer.has("errors"), answer.toString());
    assertEquals("error rate 2.3% → 0.4%", metricOf(id));
    assertEquals(
        0.4,
        ((Number)
                rows("SELECT after FROM entry_metrics WHERE entry_id = :id", id)
                    .get(0)
                    .get("after"))
            .doubleValue());
    String blocks =
        app.slack
            .await(
                "response_url", c -> c.body().contains("Fixed the metric"), Duration.ofSeconds(10))
            .bodyJson()
            .path("blocks")
            .toString();
    assertTrue(blocks.contains("Metric: *error rate 2.3% → 0.4%*"), blocks);
    assertFalse(blocks.contains("->"), blocks);
  }

  @Test
  void a_line_at_the_limit_keeps_its_typed_arrows_rather_than_pass_it() throws Exception {
    long id = Long.parseLong(fixButton(command("U1", WIN)).orElseThrow().path("value").asText());
    // 200 characters as typed; written "1 → 2" it would be 201
    String typed = "x".repeat(WinRules.MAX_METRIC - 5) + " 1->2";

    JsonNode answer = submit("U1", metadata(id), typed);

    assertFalse(answer.has("errors"), answer.toString());
    assertEquals(typed, metricOf(id));
  }

  @Test
  void an_empty_or_too_long_metric_is_a_field_error_and_changes_nothing() throws Exception {
    long id = Long.parseLong(fixButton(command("U1", WIN)).orElseThrow().path("value").asText());

    JsonNode empty = submit("U1", metadata(id), "   ");
    JsonNode missing = submit("U1", metadata(id), null);
    JsonNode tooLong = submit("U1", metadata(id), "x".repeat(WinRules.MAX_METRIC + 1));

    assertEquals("errors", empty.path("response_action").asText(), empty.toString());
    assertEquals(FixMetrics.EMPTY, empty.path("errors").path(CaptureIds.METRIC_BLOCK).asText());
    assertEquals(FixMetrics.EMPTY, missing.path("errors").path(CaptureIds.METRIC_BLOCK).asText());
    assertEquals(
        FixMetrics.TOO_LONG, tooLong.path("errors").path(CaptureIds.METRIC_BLOCK).asText());
    assertEquals(READ, metricOf(id));
    assertEquals(0, app.count("SELECT COUNT(*) FROM rule_corrections"));
    assertEquals(
        "notifications service",
        rows("SELECT subject FROM entry_metrics WHERE entry_id = :id", id).get(0).get("subject"));
    assertTrue(app.neverCalled("chat.postEphemeral", c -> true));
  }

  @Test
  void someone_elses_click_or_submission_is_refused_and_changes_nothing() throws Exception {
    JsonNode button = fixButton(command("U1", WIN)).orElseThrow();
    long id = Long.parseLong(button.path("value").asText());

    press("U2", button, "fix2");
    FakeSlack.Call reply = app.slack.await("response_url");
    JsonNode forged = submit("U2", metadata(id), "error rate 2.3% → 0.4%");

    assertTrue(reply.bodyJson().path("text").asText().contains("isn't yours"), reply.body());
    assertFalse(reply.bodyJson().path("replace_original").asBoolean(), reply.body());
    assertEquals(
        FixMetricSubmission.GONE, forged.path("errors").path(CaptureIds.METRIC_BLOCK).asText());
    assertEquals(READ, metricOf(id));
    assertEquals(0, app.count("SELECT COUNT(*) FROM rule_corrections"));
    assertTrue(app.neverCalled("views.open", c -> true));
  }

  @Test
  void a_click_on_a_removed_win_says_so_and_opens_nothing() throws Exception {
    JsonNode ack = command("U1", WIN);
    JsonNode button = fixButton(ack).orElseThrow();
    String id = button.path("value").asText();
    app.client.command("U1", "delete " + id);
    app.client.interactive(
        Payloads.blockAction(
            "U1", CaptureIds.DELETE_CONFIRM, id, "C0GENERAL", app.slack.responseUrl("delete3")));
    app.slack.await(
        "response_url", c -> c.body().contains("Deleted win #" + id), Duration.ofSeconds(10));

    press("U1", button, "fix3");

    FakeSlack.Call reply =
        app.slack.await(
            "response_url",
            c -> c.bodyJson().path("text").asText().contains("removed"),
            Duration.ofSeconds(10));
    assertTrue(reply.bodyJson().path("text").asText().contains("removed"), reply.body());
    assertTrue(app.neverCalled("views.open", c -> true));
    assertEquals(0, app.count("SELECT COUNT(*) FROM entry_metrics"));
  }
}
