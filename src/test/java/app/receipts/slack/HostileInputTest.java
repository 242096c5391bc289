package app.receipts.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.capture.CaptureIds;
import app.receipts.evidence.EvidenceIds;
import app.receipts.home.HomeIds;
import app.receipts.testing.Payloads;
import app.receipts.testing.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile or odd input through every entry point: each gets a clear message or a 4xx, never a 500
 * or a stack trace, and never corrupts or loses what was stored before.
 */
class HostileInputTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static TestApp app;
  private static final String KEEPER = "The win that must survive everything";

  @BeforeAll
  static void start() {
    app = TestApp.start();
    app.client.command("UKEEP", KEEPER);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  static Stream<Arguments> slashTexts() {
    return Stream.of(
        Arguments.of("empty", ""),
        Arguments.of("whitespace", " \t \n "),
        Arguments.of("100 kB", "x".repeat(100_000)),
        Arguments.of("invalid UTF-8 replacement", "bad \uFFFD\uFFFD bytes"),
        Arguments.of("lone surrogate", "half \uD83D emoji"),
        Arguments.of("RTL text", "\u202Eשיפרנו את הביצועים\u202C"),
        Arguments.of("emoji only", "🚀🔥✅"),
        Arguments.of("channel mention", "<!channel> we shipped"),
        Arguments.of("here mention", "<!here|here> look"),
        Arguments.of("user mention", "thanks <@U123|maya>"),
        Arguments.of("disguised link", "<https://evil.example|click me>"),
        Arguments.of("javascript link", "see javascript:alert(1)"),
        Arguments.of("SQL fragment", "'; DROP TABLE entries; --"),
        Arguments.of("SQL comment", "1 OR 1=1 /* */"),
        Arguments.of("NUL char", "nul \u0000 inside"),
        Arguments.of("only subcommand word", "delete"),
        Arguments.of("subcommand with junk id", "delete 99999999999999999999999"),
        Arguments.of("edit with someone's id", "edit 1"),
        Arguments.of("list with args", "list everything"),
        Arguments.of("help with args", "help me please"),
        Arguments.of("format chars", "*bold* _it_ ~strike~ `code` ```block```"),
        Arguments.of("json in text", "{\"type\":\"view_submission\"}"),
        Arguments.of("url with pipes", "https://a.example/x|y|z"),
        Arguments.of("very long word", "a".repeat(2999)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("slashTexts")
  void slash_command_text(String name, String text) {
    HttpResponse<String> response = app.client.command("UHOSTILE", text);

    assertEquals(200, response.statusCode(), response.body());
    assertFalse(response.body().contains("Exception"), response.body());
    assertFalse(response.body().contains("<!channel>"), response.body());
    assertFalse(response.body().contains("<!here"), response.body());
    assertKeeperIntact();
  }

  static Stream<Arguments> rawRequests() {
    return Stream.of(
        Arguments.of(
            "malformed JSON payload", "payload=%7Bnot-json", "application/x-www-form-urlencoded"),
        Arguments.of(
            "payload missing fields",
            "payload=%7B%22type%22%3A%22block_actions%22%7D",
            "application/x-www-form-urlencoded"),
        Arguments.of(
            "unknown payload type",
            "payload=%7B%22type%22%3A%22nonsense%22%7D",
            "application/x-www-form-urlencoded"),
        Arguments.of("empty body", "", "application/x-www-form-urlencoded"),
        Arguments.of("wrong content type", "just some text", "text/plain"),
        Arguments.of("event with broken JSON", "{\"type\":\"event_callback\",", "application/json"),
        Arguments.of(
            "event for unknown type",
            "{\"type\":\"event_callback\",\"team_id\":\"T0001\",\"event_id\":\"Ev1\",\"event\":{\"type\":\"reaction_added\"}}",
            "application/json"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rawRequests")
  void raw_requests_never_answer_500(String name, String body, String contentType) {
    HttpResponse<String> response = app.client.send(body, Map.of("Content-Type", contentType));

    assertTrue(
        response.statusCode() < 500, name + " → " + response.statusCode() + " " + response.body());
    assertFalse(response.body().contains("Exception"), response.body());
    assertKeeperIntact();
  }

  @Test
  void unknown_callback_ids_and_action_ids_are_ignored_safely() {
    var submission =
        app.client.interactive(
            Payloads.viewSubmission(
                "UHOSTILE", "no-such-modal", "V1", "", Payloads.state().build()));
    var action =
        app.client.interactive(Payloads.blockAction("UHOSTILE", "no-such-action", "1", "C1", null));

    assertTrue(submission.statusCode() < 500, submission.body());
    assertTrue(action.statusCode() < 500, action.body());
    assertKeeperIntact();
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
    assertKeeperIntact();
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
    assertKeeperIntact();
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
    assertKeeperIntact();
  }

  static Stream<Arguments> periods() {
    return Stream.of(
        Arguments.of("last 9999 years"),
        Arguments.of("last 0 days"),
        Arguments.of("last 999999 days"),
        Arguments.of("last 99999999999999999999 months"),
        Arguments.of("2026-13-45"),
        Arguments.of("2026-02-30..2026-03-01"),
        Arguments.of("2026-06-30..2026-01-01"),
        Arguments.of("1900-01-01..2999-12-31"),
        Arguments.of("Q5 2026"),
        Arguments.of("2026-Q0"),
        Arguments.of("9999-H1"),
        Arguments.of("from tomorrow to yesterday"),
        Arguments.of("'; DELETE FROM entries; --"),
        Arguments.of("<!channel> 2026"),
        Arguments.of("🚀🚀🚀"),
        Arguments.of("x".repeat(10_000)));
  }

  @ParameterizedTest(name = "/win packet {0}")
  @MethodSource("periods")
  void packet_period_strings_are_refused_with_examples(String period) {
    HttpResponse<String> response = app.client.command("UHOSTILE", "packet " + period);

    assertEquals(200, response.statusCode(), response.body());
    String text = textOf(response);
    assertFalse(text.contains("Exception"), text);
    assertFalse(text.contains("<!channel>"), text);
    assertFalse(text.contains("Building your packet"), text);
    assertFalse(text.isBlank(), response.body());
    assertKeeperIntact();
  }

  static Stream<Arguments> reminderStrings() {
    return Stream.of(
        Arguments.of("remind every 25:99"),
        Arguments.of("remind never"),
        Arguments.of("remind fri 25:00"),
        Arguments.of("remind fri 13pm"),
        Arguments.of("remind fri 0am"),
        Arguments.of("remind mon tue wed thu fri sat sun sun 99:99"),
        Arguments.of("remind fri 99999999999999999999"),
        Arguments.of("remind fri 16:00 Europe/Atlantis"),
        Arguments.of("remind fri 16:00 UTC+99"),
        Arguments.of("remind " + "mon ".repeat(40)),
        Arguments.of("remind '; DROP TABLE reminders; --"),
        Arguments.of("remind <!channel>"),
        Arguments.of("review 2026-02-30"),
        Arguments.of("review yesterday"),
        Arguments.of("review 1999-01-01"),
        Arguments.of("review +999999999-12-31"),
        Arguments.of("review 99999999999999999999"),
        Arguments.of("review 2027-01-15 Pacific/Nowhere"),
        Arguments.of("review <!here> 2027-01-15"),
        Arguments.of("review " + "9".repeat(5_000)));
  }

  @ParameterizedTest(name = "/win {0}")
  @MethodSource("reminderStrings")
  void reminder_and_review_strings_are_refused_with_examples(String command) {
    String before = app.client.command("UHOSTILE", "remind").body();

    HttpResponse<String> response = app.client.command("UHOSTILE", command);

    assertEquals(200, response.statusCode(), response.body());
    String text = textOf(response);
    assertFalse(text.contains("Exception"), text);
    assertFalse(text.contains("<!channel>") || text.contains("<!here>"), text);
    assertTrue(text.contains("Try `/win"), text);
    assertEquals(before, app.client.command("UHOSTILE", "remind").body());
    assertTrue(textOf(app.client.command("UHOSTILE", "review")).contains("No review date"));
    assertKeeperIntact();
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
    assertKeeperIntact();
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
    assertKeeperIntact();
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

  private static String textOf(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body()).path("text").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Slack refuses a modal over 100 blocks, with a text over 3000 characters, or over 250 kB. */
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

  private static void assertKeeperIntact() {
    assertEquals(
        1, app.count("SELECT COUNT(*) FROM entries WHERE user_id = 'UKEEP' AND text = ?", KEEPER));
    assertEquals(
        "ok",
        app.jdbi()
            .withHandle(h -> h.createQuery("PRAGMA integrity_check").mapTo(String.class).one()));
  }
}
