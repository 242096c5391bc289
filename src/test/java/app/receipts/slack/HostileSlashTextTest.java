package app.receipts.slack;

import static app.receipts.slack.HostileInput.assertKeeperIntact;
import static app.receipts.slack.HostileInput.textOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.TestApp;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile or odd /win text: a clear ephemeral answer, never a stack trace or lost data. */
class HostileSlashTextTest {
  private static TestApp app;

  @BeforeAll
  static void start() {
    app = HostileInput.startWithKeeper();
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
    assertKeeperIntact(app);
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
    assertKeeperIntact(app);
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
    assertKeeperIntact(app);
  }
}
