package app.receipts.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.FakeSlack;
import app.receipts.testing.Payloads;
import app.receipts.testing.SharedApp;
import app.receipts.testing.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SavePraiseTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final String TS = "1781000000.000200";
  private static final AtomicInteger TESTS = new AtomicInteger();
  // every test has people of its own and reads only their entries and calls
  @RegisterExtension static final SharedApp shared = new SharedApp();
  private final TestApp app = shared.app();
  private final int test = TESTS.incrementAndGet();
  private final String maya = "UMAYA" + test;
  private final String lead = "ULEAD" + test;
  private final String eve = "UEVE" + test;
  private final PraiseSaves saves = new PraiseSaves(app);
  private final int mark = app.slack.mark();
  private final String praise =
      "Huge thanks to <@" + maya + ">, the migration went flawlessly and we shipped on time";

  /** Clicks the shortcut and returns the modal that opened. */
  private JsonNode openShortcut(String saver, String text, String botId, int files) {
    return saves.openShortcut(saver, text, botId, files, TS);
  }

  private JsonNode openShortcut(String saver, String text, String botId, int files, String ts) {
    return saves.openShortcut(saver, text, botId, files, ts);
  }

  private void submit(String saver, JsonNode view, String competency, String note, String owner) {
    saves.submit(saver, view, competency, note, owner);
  }

  /** This test's call: the app and its recorded calls are shared with the class's other tests. */
  private FakeSlack.Call await(String method, Predicate<FakeSlack.Call> matching) {
    return app.slack.awaitSince(mark, method, matching, WAIT);
  }

  private FakeSlack.Call ephemeralTo(String user, String containing) {
    return await(
        "chat.postEphemeral",
        c -> user.equals(c.param("user")) && c.param("text").contains(containing));
  }

  private int allEntries() {
    return app.count("SELECT COUNT(*) FROM entries");
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
            maya,
            "Thank you <@"
                + maya
                + "> for mentoring our two new hires through their first on-call week",
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
    JsonNode view = openShortcut(maya, praise, null, 0);

    assertEquals(EvidenceIds.MODAL, view.path("callback_id").asText());
    String blocks = view.path("blocks").toString();
    assertTrue(blocks.contains("the migration went flawlessly"), blocks);
    assertTrue(
        blocks.contains(">Huge thanks to <@" + maya + ">, the"),
        "the mention stays live: " + blocks);
    assertTrue(blocks.contains("From <@UBOSS>"), blocks);
    assertTrue(blocks.contains("\"initial_user\":\"" + maya + "\""), blocks);
    assertTrue(blocks.contains("\"initial_option\""), blocks);

    submit(maya, view, "delivery", "Shows I can land a risky migration", maya);

    ephemeralTo(maya, "Kept as evidence");
    Map<String, Object> row = entriesOf(maya).get(0);
    assertEquals("PRAISE", row.get("kind"));
    assertEquals("KEPT", row.get("status"));
    assertEquals(praise, row.get("text"));
    assertEquals("UBOSS", row.get("author_user_id"));
    assertEquals("C0WINS", row.get("channel_id"));
    assertEquals(TS, row.get("message_ts"));
    assertEquals(maya, row.get("saved_by"));
    assertEquals("Shows I can land a risky migration", row.get("note"));
    assertEquals("delivery", row.get("competency"));
    assertEquals(
        "https://receipts-test.slack.com/archives/C0WINS/p1781000000000200", row.get("permalink"));
    assertTrue(app.client.command(maya, "list").body().contains("the migration went flawlessly"));
  }

  @Test
  void slack_escaped_characters_are_stored_as_slack_sent_them_and_shown_as_the_author_wrote_them() {
    JsonNode view = openShortcut(maya, "p95 &lt; 200ms &amp; errors &gt; 0 gone", null, 0);
    String quote = view.path("blocks").get(0).path("text").path("text").asText();
    // Slack shows these entities as the characters the author typed, never double-escaped
    assertEquals(">p95 &lt; 200ms &amp; errors &gt; 0 gone", quote);
    submit(maya, view, "delivery", null, maya);

    ephemeralTo(maya, "Kept as evidence");
    assertEquals("p95 &lt; 200ms &amp; errors &gt; 0 gone", entriesOf(maya).get(0).get("text"));
  }

  @Test
  void saving_the_same_message_twice_updates_the_note() {
    submit(maya, openShortcut(maya, praise, null, 0), "delivery", "first note", maya);
    submit(maya, openShortcut(maya, praise, null, 0), "collaboration", "better note", maya);

    ephemeralTo(maya, "already kept this message");
    List<Map<String, Object>> rows = entriesOf(maya);
    assertEquals(1, rows.size());
    assertEquals("better note", rows.get(0).get("note"));
    assertEquals("collaboration", rows.get(0).get("competency"));
  }

  @Test
  void praise_saved_for_someone_else_waits_for_their_consent_and_can_be_kept() {
    submit(lead, openShortcut(lead, praise, null, 0), "delivery", "for your packet", maya);

    FakeSlack.Call ask = await("chat.postMessage", c -> ("D" + maya).equals(c.param("channel")));
    assertTrue(
        ask.param("text").contains("<@" + lead + "> kept this praise for you"), ask.param("text"));
    String shown = ask.json("blocks").get(0).path("text").path("text").asText();
    assertTrue(shown.contains("— <@UBOSS>"), "who wrote it: " + shown);
    assertTrue(shown.contains("*Their note:* for your packet"), "why it was kept: " + shown);
    ephemeralTo(lead, "Sent to <@" + maya + ">");
    assertEquals("PENDING", entriesOf(maya).get(0).get("status"));
    assertFalse(
        app.client.command(maya, "list").body().contains("flawlessly"),
        "not in the record before consent");
    String id = ask.json("blocks").get(1).path("elements").get(0).path("value").asText();

    app.client.interactive(
        Payloads.blockAction(
            maya, EvidenceIds.KEEP, id, "D" + maya, app.slack.responseUrl("keep")));

    assertTrue(await("response_url", c -> true).bodyJson().path("text").asText().contains("Kept"));
    assertEquals("KEPT", entriesOf(maya).get(0).get("status"));
    assertTrue(app.client.command(maya, "list").body().contains("flawlessly"));
    assertTrue(entriesOf(lead).isEmpty(), "nothing enters the saver's record");
  }

  @Test
  void praise_saved_for_someone_else_can_be_discarded() {
    submit(lead, openShortcut(lead, praise, null, 0), "delivery", null, maya);
    FakeSlack.Call ask = await("chat.postMessage", c -> ("D" + maya).equals(c.param("channel")));
    String id = ask.json("blocks").get(1).path("elements").get(0).path("value").asText();

    app.client.interactive(
        Payloads.blockAction(
            maya, EvidenceIds.DISCARD, id, "D" + maya, app.slack.responseUrl("discard")));

    assertTrue(
        await("response_url", c -> true).bodyJson().path("text").asText().contains("Discarded"));
    assertTrue(entriesOf(maya).isEmpty());
  }

  @Test
  void a_third_person_clicking_keep_or_discard_changes_nothing() {
    submit(lead, openShortcut(lead, praise, null, 0), "delivery", null, maya);
    FakeSlack.Call ask = await("chat.postMessage", c -> ("D" + maya).equals(c.param("channel")));
    String id = ask.json("blocks").get(1).path("elements").get(0).path("value").asText();

    app.client.interactive(
        Payloads.blockAction(eve, EvidenceIds.KEEP, id, "D" + eve, app.slack.responseUrl("k3")));
    app.client.interactive(
        Payloads.blockAction(eve, EvidenceIds.DISCARD, id, "D" + eve, app.slack.responseUrl("d3")));
    app.client.interactive(
        Payloads.blockAction(lead, EvidenceIds.KEEP, id, "D" + lead, app.slack.responseUrl("k4")));

    assertEquals("PENDING", entriesOf(maya).get(0).get("status"));
    assertTrue(entriesOf(eve).isEmpty() && entriesOf(lead).isEmpty());
  }

  @Test
  void a_crafted_submission_with_someone_elses_draft_is_refused() {
    JsonNode view = openShortcut(maya, praise, null, 0);
    int before = allEntries();

    var response =
        app.client.interactive(
            Payloads.viewSubmission(
                eve,
                EvidenceIds.MODAL,
                "VX",
                view.path("private_metadata").asText(),
                Payloads.state().select("competency", "delivery").user("owner", eve).build()));

    assertTrue(response.body().contains("expired or isn't yours"), response.body());
    assertEquals(before, allEntries(), "no entry for anyone");
  }

  @Test
  void a_message_in_a_channel_the_bot_cannot_see_is_kept_and_the_missing_link_explained() {
    app.slack.respond("chat.getPermalink", c -> FakeSlack.Reply.error("channel_not_found"));

    submit(maya, openShortcut(maya, praise, null, 0), "delivery", null, maya);

    FakeSlack.Call told = ephemeralTo(maya, "Kept as evidence");
    assertTrue(told.param("text").contains("in a channel I'm not in"), told.param("text"));
    assertNull(entriesOf(maya).get(0).get("permalink"));
    assertEquals(praise, entriesOf(maya).get(0).get("text"));
  }

  @Test
  void bot_messages_and_attachment_only_messages_are_kept_with_an_explanation() {
    submit(maya, openShortcut(maya, "Deploy #812 succeeded", "B0CI", 0), "delivery", null, maya);
    ephemeralTo(maya, "a bot's message");

    JsonNode view = openShortcut(maya, "", null, 2, "1781000099.000300");
    assertTrue(view.path("blocks").toString().contains("only 2 attachment(s)"));
    submit(maya, view, "delivery", "the dashboard screenshot", maya);
    ephemeralTo(maya, "attachments and files are not kept");
    assertEquals(2, entriesOf(maya).size());
  }

  @Test
  void a_missing_competency_is_a_field_error() {
    JsonNode view = openShortcut(maya, praise, null, 0);
    int before = allEntries();

    var response =
        app.client.interactive(
            Payloads.viewSubmission(
                maya,
                EvidenceIds.MODAL,
                "VY",
                view.path("private_metadata").asText(),
                Payloads.state().select("competency", null).user("owner", maya).build()));

    assertTrue(response.body().contains("\"competency\""), response.body());
    assertEquals(before, allEntries(), "no entry for anyone");
  }
}
