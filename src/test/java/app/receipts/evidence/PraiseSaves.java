package app.receipts.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.receipts.testing.Payloads;
import app.receipts.testing.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/** The praise shortcut as a person clicks it: the message shortcut, then the modal's submit. */
final class PraiseSaves {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private final TestApp app;

  PraiseSaves(TestApp app) {
    this.app = app;
  }

  /** {@code saver} clicks the shortcut on UBOSS's message in C0WINS; returns the modal. */
  JsonNode openShortcut(String saver, String text, String botId, int files, String ts) {
    int before = app.slack.mark();
    app.client.interactive(
        Payloads.messageShortcut(saver, "C0WINS", "UBOSS", text, ts, botId, files));
    return app.slack.awaitSince(before, "views.open", c -> true, WAIT).json("view");
  }

  void submit(String saver, JsonNode view, String competency, String note, String owner) {
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
}
