package app.receipts.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.FakeSlack;
import app.receipts.testing.Payloads;
import app.receipts.testing.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WinModalTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private TestApp app;

  @BeforeEach
  void start() {
    app = TestApp.start();
    app.slack.userTimezone("U1", "Pacific/Auckland");
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private Map<String, Object> onlyEntry(String userId) {
    return app.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT * FROM entries WHERE user_id = :u")
                    .bind("u", userId)
                    .mapToMap()
                    .one());
  }

  private static Payloads.State fullForm() {
    return Payloads.state()
        .text("text", "Cut cloud costs by 30% by rightsizing the batch cluster")
        .text("impact", "Frees budget for the search team")
        .text("metric", null)
        .select("competency", "problem-solving")
        .text("links", "https://github.com/acme/infra/pull/7\nhttps://jira.example/INFRA-1")
        .date("when", "2026-06-10");
  }

  @Test
  void win_without_text_opens_the_modal_with_every_field_and_today_as_default() {
    // a newcomer's zone is awaited only 250 ms before "today" falls back to UTC (see
    // SlowProfileLookupTest); here the person is known, so the date cannot depend on that race
    app.client.command("U1", "help");
    app.awaitIdle();
    app.client.command("U1", "");

    FakeSlack.Call open = app.slack.await("views.open");
    JsonNode view = open.json("view");
    assertEquals(CaptureIds.MODAL, view.path("callback_id").asText());
    String blocks = view.path("blocks").toString();
    for (String label :
        new String[] {
          "What did you ship or achieve?",
          "Impact — who or what got better?",
          "Metric",
          "Competency",
          "Links",
          "When"
        }) {
      assertTrue(blocks.contains(label), label + " in " + blocks);
    }
    assertTrue(blocks.contains("Continuous improvement"), blocks);
    JsonNode when = view.path("blocks").get(5).path("element");
    // 14:00 UTC on June 15 is already June 16 in Auckland
    assertEquals("2026-06-16", when.path("initial_date").asText());
    assertTrue(open.param("trigger_id").startsWith("trig-"));
  }

  @Test
  void modal_submission_stores_every_field() {
    HttpResponse<String> response =
        app.client.interactive(
            Payloads.viewSubmission(
                "U1",
                CaptureIds.MODAL,
                "V100",
                "{\"entryId\":null,\"channelId\":\"C0GENERAL\"}",
                fullForm().build()));

    assertEquals(200, response.statusCode());
    assertTrue(response.body().isEmpty() || !response.body().contains("errors"), response.body());
    Map<String, Object> row = onlyEntry("U1");
    assertEquals("Cut cloud costs by 30% by rightsizing the batch cluster", row.get("text"));
    assertEquals("Frees budget for the search team", row.get("impact"));
    assertEquals("problem-solving", row.get("competency"));
    assertEquals(
        "https://github.com/acme/infra/pull/7\nhttps://jira.example/INFRA-1", row.get("links"));
    assertEquals("2026-06-10", row.get("occurred_on"));
    FakeSlack.Call confirmation = app.slack.await("chat.postEphemeral");
    assertEquals("C0GENERAL", confirmation.param("channel"));
    assertEquals("U1", confirmation.param("user"));
  }

  @Test
  void a_number_typed_as_the_impact_is_read_when_the_metric_is_left_empty() {
    app.client.interactive(
        Payloads.viewSubmission(
            "U1",
            CaptureIds.MODAL,
            "V101",
            "{\"entryId\":null,\"channelId\":\"C0GENERAL\"}",
            Payloads.state()
                .text("text", "Rolled out the new alerting runbook to every on-call team")
                .text("impact", "MTTR from 45 min to 12 min")
                .text("metric", null)
                .select("competency", "continuous-improvement")
                .text("links", null)
                .date("when", "2026-06-10")
                .build()));

    Map<String, Object> row = onlyEntry("U1");
    assertEquals("MTTR from 45 min to 12 min", row.get("impact"));
    String metric = String.valueOf(row.get("metric"));
    assertTrue(metric.contains("45") && metric.contains("12"), metric);
    assertEquals(
        1,
        app.count(
            "SELECT COUNT(*) FROM entry_metrics WHERE entry_id = ? AND before = 2700"
                + " AND after = 720",
            row.get("id")));
    String confirmation = app.slack.await("chat.postEphemeral").param("blocks");
    assertFalse(confirmation.contains("No metric found"), confirmation);
  }

  @Test
  void a_typed_ascii_arrow_is_stored_and_shown_as_the_arrow_the_rules_write() {
    app.client.interactive(
        Payloads.viewSubmission(
            "U1",
            CaptureIds.MODAL,
            "V102",
            "{\"entryId\":null,\"channelId\":\"C0GENERAL\"}",
            Payloads.state()
                .text("text", "Moved the search cache next to the API")
                .text("impact", null)
                .text("metric", "p95 search 300ms -> 120ms; deploy 45 min => 12 min")
                .select("competency", "system-design")
                .text("links", null)
                .date("when", "2026-06-10")
                .build()));

    assertEquals("p95 search 300ms → 120ms; deploy 45 min → 12 min", onlyEntry("U1").get("metric"));
    String confirmation = app.slack.await("chat.postEphemeral").param("blocks");
    assertTrue(confirmation.contains("300ms → 120ms"), confirmation);
    assertFalse(confirmation.contains("->"), confirmation);
  }

  @Test
  void modal_errors_come_back_per_field_and_nothing_is_stored() throws Exception {
    Payloads.State bad =
        Payloads.state()
            .text("text", "   ")
            .text("links", "javascript:alert(1)")
            .select("competency", null)
            .date("when", "2031-01-01");

    HttpResponse<String> response =
        app.client.interactive(
            Payloads.viewSubmission("U1", CaptureIds.MODAL, "V101", "", bad.build()));

    JsonNode body = JSON.readTree(response.body());
    assertEquals("errors", body.path("response_action").asText());
    assertTrue(body.path("errors").has("text"), response.body());
    assertTrue(
        body.path("errors").path("links").asText().contains("not a web link"), response.body());
    assertTrue(body.path("errors").has("when"), response.body());
    assertEquals(0, app.count("SELECT COUNT(*) FROM entries"));
  }

  @Test
  void same_submission_delivered_twice_stores_one_entry() {
    String payload =
        Payloads.viewSubmission("U1", CaptureIds.MODAL, "V102", "", fullForm().build());

    app.client.interactive(payload);
    app.client.send(
        "payload=" + java.net.URLEncoder.encode(payload, java.nio.charset.StandardCharsets.UTF_8),
        Map.of("X-Slack-Retry-Num", "1"));

    assertEquals(1, app.count("SELECT COUNT(*) FROM entries"));
  }

  @Test
  void edit_button_opens_the_prefilled_modal_and_submit_updates_the_entry() {
    app.client.command("U1", "Shipped the importer");
    long id = ((Number) onlyEntry("U1").get("id")).longValue();

    app.client.interactive(
        Payloads.blockAction(
            "U1",
            CaptureIds.EDIT_BUTTON,
            Long.toString(id),
            "C0GENERAL",
            app.slack.responseUrl("r1")));
    JsonNode view = app.slack.await("views.open").json("view");
    assertTrue(view.path("blocks").toString().contains("Shipped the importer"));
    String metadata = view.path("private_metadata").asText();
    assertTrue(metadata.contains("\"entryId\":" + id), metadata);

    app.client.interactive(
        Payloads.viewSubmission(
            "U1", CaptureIds.MODAL, view.path("id").asText("V9"), metadata, fullForm().build()));

    Map<String, Object> row = onlyEntry("U1");
    assertEquals(id, ((Number) row.get("id")).longValue());
    assertEquals("Cut cloud costs by 30% by rightsizing the batch cluster", row.get("text"));
    assertEquals("problem-solving", row.get("competency"));
  }

  @Test
  void crafted_edit_of_someone_elses_entry_changes_nothing() throws Exception {
    app.client.command("U1", "My own win");
    long id = ((Number) onlyEntry("U1").get("id")).longValue();

    HttpResponse<String> response =
        app.client.interactive(
            Payloads.viewSubmission(
                "U666", CaptureIds.MODAL, "V103", "{\"entryId\":" + id + "}", fullForm().build()));

    assertTrue(response.body().contains("no longer exists"), response.body());
    assertEquals("My own win", onlyEntry("U1").get("text"));
    assertEquals(1, app.count("SELECT COUNT(*) FROM entries"));
  }

  @Test
  void undo_button_deletes_the_win_and_replaces_the_reply() {
    app.client.command("U1", "Oops, logged by mistake");
    long id = ((Number) onlyEntry("U1").get("id")).longValue();

    app.client.interactive(
        Payloads.blockAction(
            "U1",
            CaptureIds.UNDO_BUTTON,
            Long.toString(id),
            "C0GENERAL",
            app.slack.responseUrl("undo1")));

    assertEquals(0, app.count("SELECT COUNT(*) FROM entries"));
    FakeSlack.Call reply = app.slack.await("response_url");
    JsonNode body = reply.bodyJson();
    assertTrue(body.path("text").asText().contains("Deleted win #" + id), reply.body());
    assertTrue(body.path("replace_original").asBoolean());
  }

  @Test
  void undo_by_another_user_keeps_the_win() {
    app.client.command("U1", "Stays put");
    long id = ((Number) onlyEntry("U1").get("id")).longValue();

    app.client.interactive(
        Payloads.blockAction(
            "U2",
            CaptureIds.UNDO_BUTTON,
            Long.toString(id),
            "C0GENERAL",
            app.slack.responseUrl("undo2")));

    assertEquals(1, app.count("SELECT COUNT(*) FROM entries"));
    assertTrue(
        app.slack.await("response_url").bodyJson().path("text").asText().contains("isn't yours"));
  }
}
