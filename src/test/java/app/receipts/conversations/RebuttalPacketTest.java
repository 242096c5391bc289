package app.receipts.conversations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.Eventually;
import app.receipts.testing.FakeSlack;
import app.receipts.testing.Payloads;
import app.receipts.testing.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RebuttalPacketTest {
  static final String POINTS =
      "- Does not take ownership of incidents or production problems\n"
          + "- Communication with other teams needs work\n"
          + "\n"
          + "- Has not helped with hiring or interviewing candidates\n";

  private TestApp app;

  @BeforeEach
  void start() {
    app = TestApp.start();
    History.seed(app.jdbi());
  }

  @AfterEach
  void stop() {
    app.close();
  }

  static String submission(String user, String viewId, String points, String period) {
    return Payloads.viewSubmission(
        user,
        ConversationIds.REBUTTAL_MODAL,
        viewId,
        "",
        Payloads.state()
            .text(RebuttalForm.POINTS, points)
            .text(Forms.PERIOD, period)
            .user(RebuttalForm.MANAGER, "U0MGR007")
            .build());
  }

  @Test
  void the_command_opens_the_modal_with_the_default_period() {
    HttpResponse<String> ack = app.client.command("U1", "packet rebuttal");

    assertEquals(200, ack.statusCode());
    FakeSlack.Call open = app.slack.await("views.open");
    JsonNode view = open.json("view");
    assertEquals(ConversationIds.REBUTTAL_MODAL, view.path("callback_id").asText());
    assertTrue(view.toString().contains("\"initial_value\":\"last 6 months\""), view.toString());
    assertTrue(view.toString().contains("users_select"), view.toString());
  }

  @Test
  void a_rebuttal_reaches_only_its_owner_as_summary_markdown_and_pdf() throws Exception {
    HttpResponse<String> ack =
        app.client.interactive(submission("U1", "V100", POINTS, "2026-01-01..2026-06-30"));

    assertEquals(200, ack.statusCode());
    assertTrue(ack.body().contains("\"response_action\":\"update\""), ack.body());
    assertTrue(ack.body().contains("Preparing it for Jan 1 – Jun 30, 2026"), ack.body());
    List<byte[]> files = Uploads.await(app.slack, "rebuttal-2026-01-01_2026-06-30.md");
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/conversations"));
    java.nio.file.Files.write(
        java.nio.file.Path.of("target/conversations/rebuttal.pdf"), files.get(1));
    String markdown = Uploads.text(files.get(0));
    Uploads.assertGolden("/conversations/rebuttal.md", markdown);

    FakeSlack.Call complete = app.slack.await("files.completeUploadExternal");
    assertEquals("DU1", complete.param("channel_id"));
    assertTrue(complete.param("files").contains("rebuttal-2026-01-01_2026-06-30.pdf"));
    FakeSlack.Call summary =
        app.slack.await("chat.postMessage", c -> "DU1".equals(c.param("channel")), Uploads.WAIT);
    String blocks = summary.json("blocks").toString();
    assertTrue(blocks.contains("No entry in this period answers this point"), blocks);
    assertTrue(blocks.contains("Communication with other teams"), blocks);
    // nothing went anywhere but the owner's DM: not the manager, not a channel
    for (FakeSlack.Call post : app.slack.calls("chat.postMessage")) {
      assertEquals("DU1", post.param("channel"), post.body());
    }
    assertEquals(List.of("U1"), opened());

    String pdf = Uploads.pdfText(files.get(1));
    for (String section :
        List.of(
            "Answering my review",
            "The points I see differently",
            "What the data shows",
            "A growth area I acknowledge",
            "Meeting outline",
            "Follow-up message")) {
      assertTrue(pdf.contains(section), section + " in " + pdf);
    }
    assertTrue(pdf.contains("person-u0priya9"), "praise keeps its author's name");
    for (String document : List.of(markdown, pdf)) {
      assertFalse(document.contains("SECRET-U2"), "another person's entries never show");
      assertFalse(document.contains("old incident queue"), "nothing from before the period");
      assertFalse(document.contains("<!channel>"), "broadcasts are neutralised");
    }
    Eventually.await(
        "delivered",
        () ->
            app.count(
                    "SELECT COUNT(*) FROM conversation_requests WHERE status = 'DELIVERED'"
                        + " AND kind = 'REBUTTAL' AND inputs = '{}'")
                == 1,
        Uploads.WAIT);
  }

  @Test
  void the_growth_area_typed_in_the_modal_is_the_one_acknowledged() {
    String payload =
        Payloads.viewSubmission(
            "U1",
            ConversationIds.REBUTTAL_MODAL,
            "V150",
            "",
            Payloads.state()
                .text(RebuttalForm.POINTS, POINTS)
                .text(Forms.PERIOD, "2026-H1")
                .text(RebuttalForm.GROWTH, "  estimating larger projects ")
                .build());

    app.client.interactive(payload);

    String markdown = Uploads.text(Uploads.await(app.slack, "rebuttal-2026-H1.md").get(0));
    assertTrue(markdown.contains("I name this one myself: estimating larger projects."), markdown);
    assertFalse(markdown.contains("is where my record is thinnest"), markdown);
  }

  @Test
  void a_redelivered_submission_builds_one_packet() {
    String payload = submission("U1", "V200", POINTS, "2026-H1");
    app.client.interactive(payload);
    app.client.interactive(payload);

    Uploads.await(app.slack, "rebuttal-2026-H1.md");
    app.awaitIdle();
    assertEquals(1, app.slack.calls("files.completeUploadExternal").size());
    assertEquals(1, app.count("SELECT COUNT(*) FROM conversation_requests"));
  }

  private List<String> opened() {
    return app.slack.calls("conversations.open").stream()
        .map(c -> c.param("users"))
        .distinct()
        .toList();
  }
}
