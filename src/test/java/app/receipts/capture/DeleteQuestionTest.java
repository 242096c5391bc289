package app.receipts.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.FakeSlack.Call;
import app.receipts.testing.SharedApp;
import app.receipts.testing.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * /win delete asks before it deletes: a mistyped id shows the wrong win, quoted, while it can still
 * be kept. Only the owner's Delete it removes anything.
 */
class DeleteQuestionTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  // every test has users of its own
  @RegisterExtension static final SharedApp shared = new SharedApp();
  private final TestApp app = shared.app();

  @Test
  void the_question_quotes_the_win_and_deletes_nothing_yet() throws Exception {
    long id = win("UDQ1", "Cut the <nightly> build from 40 to 12 minutes *for real*");

    JsonNode question = ask("UDQ1", id);

    assertEquals("ephemeral", question.path("response_type").asText());
    String blocks = question.path("blocks").toString();
    assertTrue(blocks.contains(":wastebasket: *Delete win #" + id + "?*"), blocks);
    assertTrue(blocks.contains("&lt;nightly&gt; build from 40 to 12 minutes"), blocks);
    assertTrue(blocks.contains("can't be undone"), blocks);
    assertEquals(CaptureIds.DELETE_CONFIRM, button(question, 0).path("action_id").asText());
    assertEquals("danger", button(question, 0).path("style").asText());
    assertEquals(CaptureIds.DELETE_KEEP, button(question, 1).path("action_id").asText());
    assertEquals(1, stored("UDQ1", id));
  }

  @Test
  void delete_it_removes_the_win_and_replaces_the_question() throws Exception {
    long id = win("UDQ2", "Shipped the importer");
    JsonNode question = ask("UDQ2", id);

    Call answer = app.press("UDQ2", button(question, 0), "delete-UDQ2");

    assertEquals(
        ":wastebasket: Deleted win #" + id + ". Nothing of it is kept.",
        answer.bodyJson().path("text").asText());
    assertTrue(answer.bodyJson().path("replace_original").asBoolean(), answer.body());
    assertEquals(0, stored("UDQ2", id));

    Call again = app.press("UDQ2", button(question, 0), "delete-again-UDQ2");
    assertTrue(again.bodyJson().path("text").asText().contains("already deleted"), again.body());
  }

  @Test
  void keep_it_keeps_the_win_and_says_so() throws Exception {
    long id = win("UDQ3", "Shipped the exporter");
    JsonNode question = ask("UDQ3", id);

    Call answer = app.press("UDQ3", button(question, 1), "keep-UDQ3");

    assertEquals(
        "Kept win #" + id + ". Nothing was deleted.", answer.bodyJson().path("text").asText());
    assertEquals(1, stored("UDQ3", id));
  }

  @Test
  void saved_praise_is_named_as_praise() throws Exception {
    long id = win("UDQ4", "Praise to delete");
    app.jdbi().useHandle(h -> h.execute("UPDATE entries SET kind = 'PRAISE' WHERE id = ?", id));

    JsonNode question = ask("UDQ4", id);

    assertTrue(
        question.path("blocks").toString().contains("Delete saved praise #" + id + "?"),
        question.toString());
  }

  @Test
  void someone_elses_delete_it_with_the_owners_id_deletes_nothing() throws Exception {
    long id = win("UDQ5", "Not yours to delete");
    JsonNode question = ask("UDQ5", id);

    Call answer = app.press("UDQ6", button(question, 0), "intruder-UDQ6");

    assertTrue(answer.bodyJson().path("text").asText().contains("isn't yours"), answer.body());
    assertEquals(1, stored("UDQ5", id));
  }

  private long win(String user, String text) {
    HttpResponse<String> saved = app.client.command(user, text);
    assertTrue(saved.body().contains("Saved"), saved.body());
    return app.lastEntryId(user);
  }

  /** What {@code /win delete <id>} answers {@code user}. */
  private JsonNode ask(String user, long id) throws Exception {
    return JSON.readTree(app.client.command(user, "delete " + id).body());
  }

  private static JsonNode button(JsonNode question, int index) {
    for (JsonNode block : question.path("blocks")) {
      if (block.path("type").asText().equals("actions")) {
        return block.path("elements").path(index);
      }
    }
    throw new AssertionError("no buttons in " + question);
  }

  private int stored(String user, long id) {
    return app.count("SELECT COUNT(*) FROM entries WHERE user_id = ? AND id = ?", user, id);
  }
}
