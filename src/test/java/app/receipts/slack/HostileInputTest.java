package app.receipts.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.capture.CaptureIds;
import app.receipts.testing.Payloads;
import app.receipts.testing.TestApp;
import java.net.http.HttpResponse;
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

  private static void assertKeeperIntact() {
    assertEquals(
        1, app.count("SELECT COUNT(*) FROM entries WHERE user_id = 'UKEEP' AND text = ?", KEEPER));
    assertEquals(
        "ok",
        app.jdbi()
            .withHandle(h -> h.createQuery("PRAGMA integrity_check").mapTo(String.class).one()));
  }
}
