package app.receipts.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.FakeSlack;
import app.receipts.testing.Payloads;
import app.receipts.testing.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SavePraiseTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final String PRAISE =
      "Huge thanks to <@UMAYA>, the migration went flawlessly and we shipped on time";
  private static final String TS = "1781000000.000200";
  private TestApp app;

  @BeforeEach
  void start() {
    app = TestApp.start();
  }

  @AfterEach
  void stop() {
    app.close();
  }

  /** Clicks the shortcut and returns the modal that opened. */
  private JsonNode openShortcut(String saver, String text, String botId, int files) {
    return openShortcut(saver, text, botId, files, TS);
  }

  private JsonNode openShortcut(String saver, String text, String botId, int files, String ts) {
    int before = app.slack.calls("views.open").size();
    app.client.interactive(
        Payloads.messageShortcut(saver, "C0WINS", "UBOSS", text, ts, botId, files));
    return app.slack
        .await("views.open", c -> app.slack.calls("views.open").indexOf(c) >= before, WAIT)
        .json("view");
  }

  private void submit(String saver, JsonNode view, String competency, String note, String owner) {
    var response =
        app.client.interactive(
            Payloads.viewSubmission(
                saver,
                EvidenceIds.MODAL,
                "VP" + System.nanoTime(),
                view.path("private_metadata").asText(),
                Payloads.state()
                    .select("competency", competency)
                    .text("note", note)
                    .user("owner", owner)
                    .build()));
    assertEquals(200, response.statusCode());
  }

  private List<Map<String, Object>> entriesOf(String userId) {
    return app.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT * FROM entries WHERE user_id = :u")
                    .bind("u", userId)
                    .mapToMap()
                    .list());
  }

  @Test
  void the_modal_preselects_the_competency_the_win_rules_read_in_the_praise() {
    JsonNode view =
        openShortcut(
            "UMAYA",
            "Thank you <@UMAYA> for mentoring our two new hires through their first on-call week",
            null,
            0);

    JsonNode selected = null;
    for (JsonNode block : view.path("blocks")) {
      if (block.path("element").has("initial_option")) {
        selected = block.path("element").path("initial_option");
      }
    }
    assertTrue(selected != null, view.toString());
    assertEquals("collaboration", selected.path("value").asText(), selected.toString());
  }

  @Test
  void shortcut_opens_the_modal_with_the_quote_and_submit_keeps_it_with_a_permalink() {
    JsonNode view = openShortcut("UMAYA", PRAISE, null, 0);

    assertEquals(EvidenceIds.MODAL, view.path("callback_id").asText());
    String blocks = view.path("blocks").toString();
    assertTrue(blocks.contains("the migration went flawlessly"), blocks);
    assertTrue(
        blocks.contains(">Huge thanks to <@UMAYA>, the"), "the mention stays live: " + blocks);
    assertTrue(blocks.contains("From <@UBOSS>"), blocks);
    assertTrue(blocks.contains("\"initial_user\":\"UMAYA\""), blocks);
    assertTrue(blocks.contains("\"initial_option\""), blocks);

    submit("UMAYA", view, "delivery", "Shows I can land a risky migration", "UMAYA");

    app.slack.await("chat.postEphemeral", c -> c.param("text").contains("Kept as evidence"), WAIT);
    Map<String, Object> row = entriesOf("UMAYA").get(0);
    assertEquals("PRAISE", row.get("kind"));
    assertEquals("KEPT", row.get("status"));
    assertEquals(PRAISE, row.get("text"));
    assertEquals("UBOSS", row.get("author_user_id"));
    assertEquals("C0WINS", row.get("channel_id"));
    assertEquals(TS, row.get("message_ts"));
    assertEquals("UMAYA", row.get("saved_by"));
    assertEquals("Shows I can land a risky migration", row.get("note"));
    assertEquals("delivery", row.get("competency"));
    assertEquals(
        "https://receipts-test.slack.com/archives/C0WINS/p1781000000000200", row.get("permalink"));
    assertTrue(
        app.client.command("UMAYA", "list").body().contains("the migration went flawlessly"));
  }

  @Test
  void slack_escaped_characters_are_stored_as_slack_sent_them_and_shown_as_the_author_wrote_them() {
    JsonNode view = openShortcut("UMAYA", "p95 &lt; 200ms &amp; errors &gt; 0 gone", null, 0);
    String quote = view.path("blocks").get(0).path("text").path("text").asText();
    // Slack shows these entities as the characters the author typed, never double-escaped
    assertEquals(">p95 &lt; 200ms &amp; errors &gt; 0 gone", quote);
    submit("UMAYA", view, "delivery", null, "UMAYA");

    app.slack.await("chat.postEphemeral", c -> c.param("text").contains("Kept as evidence"), WAIT);
    assertEquals("p95 &lt; 200ms &amp; errors &gt; 0 gone", entriesOf("UMAYA").get(0).get("text"));
  }

  @Test
  void saving_the_same_message_twice_updates_the_note() {
    submit("UMAYA", openShortcut("UMAYA", PRAISE, null, 0), "delivery", "first note", "UMAYA");
    submit(
        "UMAYA", openShortcut("UMAYA", PRAISE, null, 0), "collaboration", "better note", "UMAYA");

    app.slack.await(
        "chat.postEphemeral", c -> c.param("text").contains("already kept this message"), WAIT);
    List<Map<String, Object>> rows = entriesOf("UMAYA");
    assertEquals(1, rows.size());
    assertEquals("better note", rows.get(0).get("note"));
    assertEquals("collaboration", rows.get(0).get("competency"));
  }

  @Test
  void praise_saved_for_someone_else_waits_for_their_consent_and_can_be_kept() {
    submit("ULEAD", openShortcut("ULEAD", PRAISE, null, 0), "delivery", "for your packet", "UMAYA");

    FakeSlack.Call ask =
        app.slack.await("chat.postMessage", c -> "DUMAYA".equals(c.param("channel")), WAIT);
    assertTrue(ask.param("text").contains("<@ULEAD> kept this praise for you"), ask.param("text"));
    app.slack.await("chat.postEphemeral", c -> c.param("text").contains("Sent to <@UMAYA>"), WAIT);
    assertEquals("PENDING", entriesOf("UMAYA").get(0).get("status"));
    assertFalse(
        app.client.command("UMAYA", "list").body().contains("flawlessly"),
        "not in the record before consent");
    String id = ask.json("blocks").get(1).path("elements").get(0).path("value").asText();

    app.client.interactive(
        Payloads.blockAction(
            "UMAYA", EvidenceIds.KEEP, id, "DUMAYA", app.slack.responseUrl("keep")));

    assertTrue(app.slack.await("response_url").bodyJson().path("text").asText().contains("Kept"));
    assertEquals("KEPT", entriesOf("UMAYA").get(0).get("status"));
    assertTrue(app.client.command("UMAYA", "list").body().contains("flawlessly"));
    assertTrue(entriesOf("ULEAD").isEmpty(), "nothing enters the saver's record");
  }

  @Test
  void praise_saved_for_someone_else_can_be_discarded() {
    submit("ULEAD", openShortcut("ULEAD", PRAISE, null, 0), "delivery", null, "UMAYA");
    FakeSlack.Call ask =
        app.slack.await("chat.postMessage", c -> "DUMAYA".equals(c.param("channel")), WAIT);
    String id = ask.json("blocks").get(1).path("elements").get(0).path("value").asText();

    app.client.interactive(
        Payloads.blockAction(
            "UMAYA", EvidenceIds.DISCARD, id, "DUMAYA", app.slack.responseUrl("discard")));

    assertTrue(
        app.slack.await("response_url").bodyJson().path("text").asText().contains("Discarded"));
    assertTrue(entriesOf("UMAYA").isEmpty());
  }

  @Test
  void a_third_person_clicking_keep_or_discard_changes_nothing() {
    submit("ULEAD", openShortcut("ULEAD", PRAISE, null, 0), "delivery", null, "UMAYA");
    FakeSlack.Call ask =
        app.slack.await("chat.postMessage", c -> "DUMAYA".equals(c.param("channel")), WAIT);
    String id = ask.json("blocks").get(1).path("elements").get(0).path("value").asText();

    app.client.interactive(
        Payloads.blockAction("UEVE", EvidenceIds.KEEP, id, "DUEVE", app.slack.responseUrl("k3")));
    app.client.interactive(
        Payloads.blockAction(
            "UEVE", EvidenceIds.DISCARD, id, "DUEVE", app.slack.responseUrl("d3")));
    app.client.interactive(
        Payloads.blockAction("ULEAD", EvidenceIds.KEEP, id, "DULEAD", app.slack.responseUrl("k4")));

    assertEquals("PENDING", entriesOf("UMAYA").get(0).get("status"));
    assertTrue(entriesOf("UEVE").isEmpty() && entriesOf("ULEAD").isEmpty());
  }

  @Test
  void a_crafted_submission_with_someone_elses_draft_is_refused() {
    JsonNode view = openShortcut("UMAYA", PRAISE, null, 0);

    var response =
        app.client.interactive(
            Payloads.viewSubmission(
                "UEVE",
                EvidenceIds.MODAL,
                "VX",
                view.path("private_metadata").asText(),
                Payloads.state().select("competency", "delivery").user("owner", "UEVE").build()));

    assertTrue(response.body().contains("expired or isn't yours"), response.body());
    assertEquals(0, app.count("SELECT COUNT(*) FROM entries"));
  }

  @Test
  void a_message_in_a_channel_the_bot_cannot_see_is_kept_and_the_missing_link_explained() {
    app.slack.respond("chat.getPermalink", c -> FakeSlack.Reply.error("channel_not_found"));

    submit("UMAYA", openShortcut("UMAYA", PRAISE, null, 0), "delivery", null, "UMAYA");

    FakeSlack.Call told =
        app.slack.await(
            "chat.postEphemeral", c -> c.param("text").contains("Kept as evidence"), WAIT);
    assertTrue(told.param("text").contains("in a channel I'm not in"), told.param("text"));
    assertNull(entriesOf("UMAYA").get(0).get("permalink"));
    assertEquals(PRAISE, entriesOf("UMAYA").get(0).get("text"));
  }

  @Test
  void bot_messages_and_attachment_only_messages_are_kept_with_an_explanation() {
    submit(
        "UMAYA",
        openShortcut("UMAYA", "Deploy #812 succeeded", "B0CI", 0),
        "delivery",
        null,
        "UMAYA");
    app.slack.await("chat.postEphemeral", c -> c.param("text").contains("a bot's message"), WAIT);

    JsonNode view = openShortcut("UMAYA", "", null, 2, "1781000099.000300");
    assertTrue(view.path("blocks").toString().contains("only 2 attachment(s)"));
    submit("UMAYA", view, "delivery", "the dashboard screenshot", "UMAYA");
    app.slack.await(
        "chat.postEphemeral",
        c -> c.param("text").contains("attachments and files are not kept"),
        WAIT);
    assertEquals(2, entriesOf("UMAYA").size());
  }

  @Test
  void a_missing_competency_is_a_field_error() {
    JsonNode view = openShortcut("UMAYA", PRAISE, null, 0);

    var response =
        app.client.interactive(
            Payloads.viewSubmission(
                "UMAYA",
                EvidenceIds.MODAL,
                "VY",
                view.path("private_metadata").asText(),
                Payloads.state().select("competency", null).user("owner", "UMAYA").build()));

    assertTrue(response.body().contains("\"competency\""), response.body());
    assertEquals(0, app.count("SELECT COUNT(*) FROM entries"));
  }
}
