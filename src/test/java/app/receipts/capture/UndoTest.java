package app.receipts.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.Buttons;
import app.receipts.testing.FakeSlack;
import app.receipts.testing.Payloads;
import app.receipts.testing.SharedApp;
import app.receipts.testing.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Undo takes back a save, and only that: a win changed since it was saved (re-filed, edited, its
 * metric fixed) is not deleted by the old ack's Undo, and a message about an update offers none.
 */
class UndoTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(10);

  // every test has users of its own
  @RegisterExtension static final SharedApp shared = new SharedApp();
  private final TestApp app = shared.app();

  @Test
  void undo_takes_back_a_save_nobody_changed() throws Exception {
    JsonNode ack = command("UUN1", "Shipped the importer");
    long id = app.lastEntryId("UUN1");

    FakeSlack.Call answer =
        app.press("UUN1", Buttons.withAction(ack, CaptureIds.UNDO_BUTTON), "undo-UUN1");

    assertEquals(
        ":wastebasket: Deleted win #" + id + ". Nothing of it is kept.",
        answer.bodyJson().path("text").asText());
    assertEquals(0, stored(id));
  }

  @Test
  void undo_on_the_ack_of_a_win_re_filed_since_keeps_it_and_says_how_to_delete_it()
      throws Exception {
    JsonNode ack = command("UUN2", "Closed JIRA-1234 and PR #42");
    long id = app.lastEntryId("UUN2");
    JsonNode refile = Buttons.withActionPrefix(ack, CaptureIds.REFILE_PREFIX);
    app.clock.advance(Duration.ofSeconds(1)); // a person re-files after the save, never with it

    JsonNode updated = app.press("UUN2", refile, "refile-UUN2").bodyJson();
    assertEquals("Updated your win.", updated.path("text").asText());
    assertFalse(
        updated.path("blocks").toString().contains(CaptureIds.UNDO_BUTTON),
        "an update offers no Undo: " + updated);

    FakeSlack.Call answer =
        app.press("UUN2", Buttons.withAction(ack, CaptureIds.UNDO_BUTTON), "undo-UUN2");

    String text = answer.bodyJson().path("text").asText();
    assertEquals(
        "Win #"
            + id
            + " changed after you saved it, so Undo no longer applies and nothing was deleted."
            + " `/win delete "
            + id
            + "` deletes it (it asks first).",
        text);
    assertFalse(answer.bodyJson().path("replace_original").asBoolean(), answer.body());
    assertEquals(1, stored(id));

    // pinning it from the updated message redraws it as updated, still without Undo
    int mark = app.slack.mark();
    ObjectNode pin =
        (ObjectNode)
            JSON.readTree(
                Payloads.optionAction("UUN2", Pins.ACK_MENU, "overflow", "pin:" + id, "C0GENERAL"));
    pin.put("response_url", app.slack.responseUrl("pin-UUN2"));
    app.client.interactive(pin.toString());
    String pinned = app.slack.awaitSince(mark, "response_url", c -> true, WAIT).body();
    assertTrue(pinned.contains("Updated win #" + id), pinned);
    assertFalse(pinned.contains(CaptureIds.UNDO_BUTTON), pinned);
  }

  @Test
  void undo_by_someone_else_deletes_nothing() throws Exception {
    JsonNode ack = command("UUN3", "Shipped the exporter");
    long id = app.lastEntryId("UUN3");

    FakeSlack.Call answer =
        app.press("UUN4", Buttons.withAction(ack, CaptureIds.UNDO_BUTTON), "undo-UUN4");

    assertTrue(answer.bodyJson().path("text").asText().contains("isn't yours"), answer.body());
    assertEquals(1, stored(id));
  }

  private JsonNode command(String user, String text) throws Exception {
    return JSON.readTree(app.client.command(user, text).body());
  }

  private int stored(long id) {
    return app.count("SELECT COUNT(*) FROM entries WHERE id = ?", id);
  }
}
