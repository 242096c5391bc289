package app.receipts.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.home.HomeIds;
import app.receipts.testing.FakeSlack;
import app.receipts.testing.Payloads;
import app.receipts.testing.SharedApp;
import app.receipts.testing.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Saved praise is edited (note, competency) by its owner from App Home and /win edit. */
class EditPraiseTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final String TS = "1781000000.000200";
  private static final AtomicInteger TESTS = new AtomicInteger();
  // every test has people of its own and reads only their entries and calls
  @RegisterExtension static final SharedApp shared = new SharedApp();
  private final TestApp app = shared.app();
  private final PraiseSaves saves = new PraiseSaves(app);
  private final int mark = app.slack.mark();
  private final int test = TESTS.incrementAndGet();
  private final String maya = "UMAYA" + test;
  private final String bob = "UBOB" + test;
  private final String eve = "UEVE" + test;
  private final String praise =
      "Huge thanks to <@" + maya + ">, the migration went flawlessly & we shipped on time";

  /** {@code saver} keeps UBOSS's message for {@code owner}; returns the entry id. */
  private long savePraise(String saver, String owner) {
    JsonNode view = saves.openShortcut(saver, praise, null, 0, TS);
    saves.submit(saver, view, "delivery", "first note", owner);
    app.awaitIdle();
    return app.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT id FROM entries WHERE user_id = :u")
                    .bind("u", owner)
                    .mapTo(Long.class)
                    .one());
  }

  private Map<String, Object> row(long id) {
    return app.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT * FROM entries WHERE id = :id")
                    .bind("id", id)
                    .mapToMap()
                    .one());
  }

  /** This test's call: the app and its recorded calls are shared with the class's other tests. */
  private FakeSlack.Call await(String method, Predicate<FakeSlack.Call> matching) {
    return app.slack.awaitSince(mark, method, matching, WAIT);
  }

  /** The Home published for {@code userId} once it shows {@code containing}. */
  private FakeSlack.Call homeOf(String userId, String containing) {
    return await(
        "views.publish",
        c -> userId.equals(c.param("user_id")) && c.param("view").contains(containing));
  }

  private JsonNode awaitEditModal(int before) {
    return app.slack
        .awaitSince(
            before,
            "views.open",
            c -> c.json("view").path("callback_id").asText().equals(EvidenceIds.EDIT_MODAL),
            WAIT)
        .json("view");
  }

  private JsonNode openFromHome(String userId, long id) {
    int before = app.slack.mark();
    app.client.interactive(
        Payloads.optionAction(userId, HomeIds.ENTRY_MENU, "overflow", "edit:" + id, null));
    return awaitEditModal(before);
  }

  private HttpResponse<String> submitEdit(
      String userId, JsonNode modal, String competency, String note) {
    return app.client.interactive(
        Payloads.viewSubmission(
            userId,
            EvidenceIds.EDIT_MODAL,
            "VE" + System.nanoTime(),
            modal.path("private_metadata").asText(),
            Payloads.state().select("competency", competency).text("note", note).build()));
  }

  @Test
  void home_menu_offers_edit_on_praise_and_the_modal_shows_the_author_read_only() {
    long id = savePraise(maya, maya);
    app.client.event(Payloads.homeOpened(maya, "EvPraise"));
    JsonNode home = homeOf(maya, "migration went").json("view");
    String page = home.toString();
    assertTrue(page.contains("\"value\":\"edit:" + id + "\""), page);
    assertTrue(page.contains("from <@UBOSS>"), "the author's name in Home: " + page);
    assertTrue(page.contains("archives/C0WINS/p1781000000000200|message"), "the link: " + page);

    JsonNode modal = openFromHome(maya, id);

    JsonNode blocks = modal.path("blocks");
    assertEquals("context", blocks.get(0).path("type").asText(), blocks.toString());
    assertTrue(
        blocks.get(0).toString().contains("the migration went flawlessly &amp; we"),
        blocks.toString());
    String source = blocks.get(1).toString();
    assertTrue(source.contains("From <@UBOSS>"), source);
    assertTrue(source.contains("Jun"), source);
    assertTrue(source.contains("archives/C0WINS/p1781000000000200|message"), source);
    for (JsonNode block : blocks) {
      if (block.path("type").asText().equals("input")) {
        String blockId = block.path("block_id").asText();
        assertTrue(blockId.equals("competency") || blockId.equals("note"), "only owner fields");
      }
    }
    assertTrue(
        blocks
            .toString()
            .contains(
                "\"initial_option\":{\"text\":{\"type\":\"plain_text\",\"text\":\"Delivery\"}"),
        blocks.toString());
    assertTrue(blocks.toString().contains("\"initial_value\":\"first note\""), blocks.toString());
    app.slack.assertNoBreaches();
  }

  @Test
  void editing_from_home_changes_note_and_competency_never_the_authors_text() {
    long id = savePraise(maya, maya);
    app.client.event(Payloads.homeOpened(maya, "EvEdit"));
    homeOf(maya, "migration went");
    JsonNode modal = openFromHome(maya, id);

    var response = submitEdit(maya, modal, "collaboration", "Shows I unblock other teams");

    assertEquals(200, response.statusCode());
    assertFalse(response.body().contains("errors"), response.body());
    Map<String, Object> row = row(id);
    assertEquals("collaboration", row.get("competency"));
    assertEquals("Shows I unblock other teams", row.get("note"));
    assertEquals(praise, row.get("text"));
    assertEquals("UBOSS", row.get("author_user_id"));
    await(
        "views.publish",
        c ->
            maya.equals(c.param("user_id"))
                && c.param("view").contains("migration went")
                && c.param("view").contains("Collaboration"));
  }

  @Test
  void win_edit_on_praise_opens_the_same_modal_and_confirms_the_change() {
    long id = savePraise(maya, maya);
    int before = app.slack.mark();

    var ack = app.client.command(maya, "edit " + id);
    assertEquals(200, ack.statusCode());
    assertFalse(ack.body().contains("App Home"), ack.body());
    JsonNode modal = awaitEditModal(before);

    submitEdit(maya, modal, "problem-solving", null);

    assertEquals("problem-solving", row(id).get("competency"));
    assertNull(row(id).get("note"), "an emptied note is cleared");
    await(
        "chat.postEphemeral",
        c ->
            maya.equals(c.param("user"))
                && c.param("text").contains("Updated your praise #" + id)
                && "C0GENERAL".equals(c.param("channel")));
  }

  @Test
  void a_too_long_note_or_no_competency_is_a_field_error_and_changes_nothing() {
    long id = savePraise(maya, maya);
    JsonNode modal = openFromHome(maya, id);

    var tooLong = submitEdit(maya, modal, "collaboration", "x".repeat(3001));
    assertTrue(tooLong.body().contains("\"response_action\":\"errors\""), tooLong.body());
    assertTrue(tooLong.body().contains("\"note\":\"Keep the note under 3000"), tooLong.body());

    var noCompetency = submitEdit(maya, modal, null, "fine");
    assertTrue(
        noCompetency.body().contains("\"competency\":\"Pick the competency"), noCompetency.body());

    assertEquals("delivery", row(id).get("competency"));
    assertEquals("first note", row(id).get("note"));
  }

  @Test
  void only_the_owners_copy_is_editable_a_forged_submission_changes_nothing() {
    // UBOB saves praise for UMAYA; once she keeps it, it is hers: UBOB cannot edit it
    long id = savePraise(bob, maya);
    FakeSlack.Call ask =
        await("chat.postMessage", c -> c.param("text").contains("<@" + bob + "> kept this praise"));
    assertEquals("D" + maya, ask.param("channel"), ask.toString());
    var pendingEdit = app.client.command(maya, "edit " + id);
    assertTrue(pendingEdit.body().contains("Keep this praise first"), pendingEdit.body());
    app.client.interactive(
        Payloads.blockAction(maya, EvidenceIds.KEEP, Long.toString(id), "D" + maya, null));
    assertEquals("KEPT", row(id).get("status"));

    JsonNode modal = openFromHome(maya, id);
    var bySaver = submitEdit(bob, modal, "collaboration", "Bob rewrites Maya's note");
    assertTrue(bySaver.body().contains("isn't yours"), bySaver.body());
    var byStranger = submitEdit(eve, modal, "collaboration", "forged");
    assertTrue(byStranger.body().contains("isn't yours"), byStranger.body());
    var bobOpens = app.client.command(bob, "edit " + id);
    assertTrue(bobOpens.body().contains("can't find that entry"), bobOpens.body());

    assertEquals("delivery", row(id).get("competency"));
    assertEquals("first note", row(id).get("note"));

    submitEdit(maya, modal, "collaboration", "Maya's own note");
    assertEquals("Maya's own note", row(id).get("note"));
  }

  @Test
  void win_list_shows_praise_with_its_author_date_and_link() throws Exception {
    savePraise(maya, maya);

    String list =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(app.client.command(maya, "list").body())
            .path("blocks")
            .toString();

    assertTrue(list.contains("from <@UBOSS>"), list);
    assertTrue(list.contains("Jun"), list);
    assertTrue(list.contains("archives/C0WINS/p1781000000000200|message"), list);
  }
}
