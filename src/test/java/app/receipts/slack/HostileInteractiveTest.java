package app.receipts.slack;

import static app.receipts.slack.HostileInput.JSON;
import static app.receipts.slack.HostileInput.assertKeeperIntact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.capture.CaptureIds;
import app.receipts.evidence.EvidenceIds;
import app.receipts.home.HomeIds;
import app.receipts.testing.Payloads;
import app.receipts.testing.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile modal submissions, button values and message shortcuts: field errors or a refusal, never
 * a 500, and nothing stored that should not be.
 */
class HostileInteractiveTest {
  private static TestApp app;

  @BeforeAll
  static void start() {
    app = HostileInput.startWithKeeper();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void modal_fields_with_hostile_values_get_field_errors_or_are_stored_verbatim() {
    String metadataGarbage = "{\"entryId\":\"not-a-number\"";
    for (String text : List.of("<!channel>", "'; DROP TABLE entries; --", "🚀".repeat(1000))) {
      var response =
          app.client.interactive(
              Payloads.viewSubmission(
                  "UMODAL",
                  CaptureIds.MODAL,
                  "VH" + text.hashCode(),
                  metadataGarbage,
                  Payloads.state()
                      .text("text", text)
                      .text("links", "https://ok.example\nftp://nope")
                      .build()));
      assertEquals(200, response.statusCode());
      assertTrue(response.body().contains("\"links\""), response.body());
    }
    assertEquals(0, app.count("SELECT COUNT(*) FROM entries WHERE user_id = 'UMODAL'"));
    assertKeeperIntact(app);
  }

  @Test
  void button_values_that_are_not_ids_change_nothing() {
    for (String value : List.of("", "abc", "-1", "1 OR 1=1", "99999999999999999999")) {
      var response =
          app.client.interactive(
              Payloads.blockAction(
                  "UHOSTILE", CaptureIds.UNDO_BUTTON, value, "C1", app.slack.responseUrl("h")));
      assertEquals(200, response.statusCode(), value);
    }
    assertKeeperIntact(app);
  }

  static Stream<Arguments> messageShortcuts() {
    String own = "UHOSTILE";
    return Stream.of(
        Arguments.of("message missing", withoutField(shortcut(own, "UBOSS", "x", null), "message")),
        Arguments.of("channel missing", withoutField(shortcut(own, "UBOSS", "x", null), "channel")),
        Arguments.of("empty text", shortcut(own, "UBOSS", "", null)),
        Arguments.of("100 kB text", shortcut(own, "UBOSS", "praise ".repeat(15_000), null)),
        Arguments.of("message from the saver", shortcut(own, own, "I did great", null)),
        Arguments.of("bot message", shortcut(own, null, "Deploy finished", "B0BOT")),
        Arguments.of("channel mention", shortcut(own, "UBOSS", "<!channel> great job!", null)),
        Arguments.of("escaped markup", shortcut(own, "UBOSS", "&lt;script&gt;&amp;", null)),
        Arguments.of("author missing", shortcut(own, null, "who wrote this", null)));
  }

  private static String shortcut(String saver, String author, String text, String botId) {
    return Payloads.messageShortcut(
        saver, "C0WINS", author, text, "1760000000." + System.nanoTime() % 1_000_000, botId, 0);
  }

  private static String withoutField(String payload, String field) {
    try {
      ObjectNode node = (ObjectNode) JSON.readTree(payload);
      node.remove(field);
      return node.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("messageShortcuts")
  void message_shortcut_payloads(String name, String payload) {
    int before = app.slack.calls("views.open").size();

    HttpResponse<String> response = app.client.interactive(payload);

    assertEquals(200, response.statusCode(), response.body());
    assertFalse(response.body().contains("Exception"), response.body());
    JsonNode view =
        app.slack
            .await(
                "views.open",
                c -> app.slack.calls("views.open").indexOf(c) >= before,
                Duration.ofSeconds(10))
            .json("view");
    assertInsideModalLimits(view);
    assertFalse(view.toString().contains("<!channel>"), view.toString());
    assertKeeperIntact(app);
  }

  static Stream<Arguments> homeModalSubmissions() {
    return Stream.of(
        Arguments.of("packet: no period block", HomeIds.PACKET_MODAL, Payloads.state()),
        Arguments.of(
            "packet: null period", HomeIds.PACKET_MODAL, Payloads.state().text("period", null)),
        Arguments.of(
            "packet: 100 kB period",
            HomeIds.PACKET_MODAL,
            Payloads.state().text("period", "q".repeat(100_000))),
        Arguments.of(
            "packet: SQL period",
            HomeIds.PACKET_MODAL,
            Payloads.state().text("period", "2026'); DROP TABLE packet_requests; --")),
        Arguments.of(
            "reminders: unknown day",
            HomeIds.REMINDER_MODAL,
            Payloads.state().checked("days", "FUNDAY").time("time", "09:30")),
        Arguments.of(
            "reminders: no days", HomeIds.REMINDER_MODAL, Payloads.state().checked("days")),
        Arguments.of(
            "reminders: time 25:99",
            HomeIds.REMINDER_MODAL,
            Payloads.state().checked("days", "MONDAY").time("time", "25:99")),
        Arguments.of(
            "reminders: time not a time",
            HomeIds.REMINDER_MODAL,
            Payloads.state().checked("days", "MONDAY").time("time", "teatime")),
        Arguments.of(
            "reminders: review not a date",
            HomeIds.REMINDER_MODAL,
            Payloads.state().checked("days", "MONDAY").date("review", "2026-99-99")),
        Arguments.of(
            "reminders: review in the past",
            HomeIds.REMINDER_MODAL,
            Payloads.state().checked("days", "MONDAY").date("review", "2001-01-01")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("homeModalSubmissions")
  void home_modal_submissions_with_garbage_get_field_errors(
      String name, String callbackId, Payloads.State state) throws IOException {
    // UHOSTILE's first command looks up their timezone in the background, and the reminder text
    // names it: let that finish, or "before" may show the zone from before the lookup
    app.client.command("UHOSTILE", "remind");
    app.awaitIdle();
    String before = app.client.command("UHOSTILE", "remind").body();
    int requests = app.count("SELECT COUNT(*) FROM packet_requests");

    HttpResponse<String> response =
        app.client.interactive(
            Payloads.viewSubmission("UHOSTILE", callbackId, "VHM", "", state.build()));

    assertEquals(200, response.statusCode(), response.body());
    assertFalse(response.body().contains("Exception"), response.body());
    if (!name.equals("packet: no period block") && !name.equals("packet: null period")) {
      JsonNode body = JSON.readTree(response.body());
      assertEquals("errors", body.path("response_action").asText(), response.body());
      assertEquals(requests, app.count("SELECT COUNT(*) FROM packet_requests"));
    }
    assertEquals(before, app.client.command("UHOSTILE", "remind").body());
    assertKeeperIntact(app);
  }

  static Stream<Arguments> praiseModalSubmissions() {
    return Stream.of(
        Arguments.of("unknown competency", "not-a-competency", "fine", null, "errors"),
        Arguments.of("no competency", null, "fine", null, "errors"),
        Arguments.of("5000-char note", "delivery", "n".repeat(5_000), null, "errors"),
        Arguments.of("metadata garbage", "delivery", "fine", null, "garbage"),
        Arguments.of("metadata of another draft id", "delivery", "fine", null, "999999"));
  }

  @ParameterizedTest(name = "praise modal: {0}")
  @MethodSource("praiseModalSubmissions")
  void praise_modal_fields_with_garbage_are_refused(
      String name, String competency, String note, String owner, String expect) throws IOException {
    int entries = app.count("SELECT COUNT(*) FROM entries");
    String metadata =
        switch (expect) {
          case "garbage" -> "{\"draftId\":";
          case "999999" -> "{\"draftId\":\"999999\"}";
          default -> openPraiseModal().path("private_metadata").asText();
        };

    HttpResponse<String> response =
        app.client.interactive(
            Payloads.viewSubmission(
                "UHOSTILE",
                EvidenceIds.MODAL,
                "VPR",
                metadata,
                Payloads.state()
                    .select("competency", competency)
                    .text("note", note)
                    .user("owner", owner)
                    .build()));

    assertEquals(200, response.statusCode(), response.body());
    assertFalse(response.body().contains("Exception"), response.body());
    JsonNode body = JSON.readTree(response.body());
    if (expect.equals("errors")) {
      assertEquals("errors", body.path("response_action").asText(), response.body());
    } else {
      assertTrue(response.body().contains("isn't yours"), response.body());
    }
    assertEquals(entries, app.count("SELECT COUNT(*) FROM entries"));
    assertKeeperIntact(app);
  }

  private static JsonNode openPraiseModal() {
    int before = app.slack.calls("views.open").size();
    app.client.interactive(shortcut("UHOSTILE", "UBOSS", "Great work on the launch", null));
    return app.slack
        .await(
            "views.open",
            c -> app.slack.calls("views.open").indexOf(c) >= before,
            Duration.ofSeconds(10))
        .json("view");
  }

  private static void assertInsideModalLimits(JsonNode view) {
    assertTrue(view.path("blocks").size() <= 100, "blocks: " + view.path("blocks").size());
    assertTrue(view.toString().length() < 250_000, "view size " + view.toString().length());
    assertTrue(
        view.path("private_metadata").asText().length() <= 3000, "private_metadata too long");
    view.findValues("text")
        .forEach(
            text ->
                assertTrue(
                    text.path("text").asText(text.asText()).length() <= 3000,
                    "a text over 3000 characters"));
  }
}
