package app.receipts.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class SlackTextTest {
  @Test
  void slack_bold_spans_lose_their_asterisks_and_asterisks_that_are_not_bold_stay() {
    assertEquals(
        "[Huge] thanks for the [fast] fix!",
        SlackMarkup.bold("*Huge* thanks for the *fast* fix!", "[", "]"));
    assertEquals("so ([very]) kind", SlackMarkup.bold("so (*very*) kind", "[", "]"));
    for (String kept :
        List.of(
            "2*3*4 is 24",
            "**doubled** as typed",
            "a * b * c",
            "*unclosed praise",
            "*one\nline only*",
            "file*name*s",
            "\\*escaped*")) {
      assertEquals(kept, SlackMarkup.bold(kept, "[", "]"), kept);
    }
  }

  @Test
  void slack_italic_spans_lose_their_underscores_and_names_with_underscores_stay() {
    assertEquals(
        "the [calmest] rollout, [by far]",
        SlackMarkup.italic("the _calmest_ rollout, _by far_", "[", "]"));
    assertEquals("so ([very]) kind", SlackMarkup.italic("so (_very_) kind", "[", "]"));
    assertEquals("“[quietly]” fixed", SlackMarkup.italic("“_quietly_” fixed", "[", "]"));
    assertEquals("[one], [two].", SlackMarkup.italic("_one_, _two_.", "[", "]"));
    assertEquals(
        "{[both]} and [{both}] and {bold}",
        SlackMarkup.emphasis("*_both_* and _*both*_ and *bold*", "{", "}", "[", "]"));
    for (String kept :
        List.of(
            "the new_user_flow is live",
            "__init__ was rewritten",
            "a _ b _ c",
            "_unclosed praise",
            "_one\nline only_",
            "SCREAMING_SNAKE_CASE",
            "^_^ thanks ^_^",
            "-_- finally -_-",
            "logs in /srv/_build_/out",
            ":white_check_mark: and :custom_party_parrot: done",
            "\\_escaped_")) {
      assertEquals(kept, SlackMarkup.italic(kept, "[", "]"), kept);
    }
  }

  @Test
  void escapes_first_then_cuts_inside_the_limit_and_never_inside_an_entity_or_emoji() {
    String raw = "🎉&<>".repeat(750);
    for (int max = 20; max < 200; max++) {
      String fitted = SlackText.escaped(raw, max);
      assertTrue(fitted.length() <= max, max + ": " + fitted.length());
      assertTrue(fitted.endsWith("…"));
      String body = fitted.substring(0, fitted.length() - 1);
      assertFalse(body.matches("(?s).*&[a-z]{0,3}$"), "entity cut at " + max + ": " + body);
      assertFalse(Character.isHighSurrogate(body.charAt(body.length() - 1)), "emoji cut");
      assertTrue(Mrkdwn.escape(raw).startsWith(body), "a prefix of the escaped text");
    }
  }

  @Test
  void never_cuts_inside_a_link_or_mention() {
    String mrkdwn = "see <https://example.com/" + "a".repeat(100) + "|dashboard> and <@U123>";
    for (int max = 5; max < mrkdwn.length(); max++) {
      String body = SlackText.fit(mrkdwn, max, "");
      assertTrue(body.length() <= max);
      String kept = body.substring(0, body.length() - 1);
      assertEquals(
          kept.chars().filter(c -> c == '<').count(),
          kept.chars().filter(c -> c == '>').count(),
          kept);
    }
  }

  @Test
  void text_that_fits_is_untouched_and_the_pointer_to_the_full_text_is_added_when_cut() {
    assertEquals("&gt;short", SlackText.fit("&gt;short", 100, SlackText.FULL_TEXT));
    String cut = SlackText.quote("x".repeat(500), 200, SlackText.FULL_TEXT);
    assertTrue(cut.startsWith(">x") && cut.endsWith(SlackText.FULL_TEXT), cut);
    assertTrue(cut.length() <= 200);
  }

  @Test
  void characters_are_code_points() {
    assertEquals(3000, SlackText.characters("🎉&<>".repeat(750)));
  }

  @Test
  void slack_markup_stays_live_in_slack_and_readable_in_files() {
    String sent =
        "Hi <@U0MAYA|maya> <!here> <https://x.example/a?b=1&amp;c=2|PR &amp; notes> :tada: a<b";
    String live = SlackMarkup.live(sent);
    assertEquals(
        "Hi <@U0MAYA|maya> @here <https://x.example/a?b=1&amp;c=2|PR &amp; notes> :tada: a&lt;b",
        live);
    String file =
        SlackMarkup.readable(
            sent,
            id -> "Maya Chen",
            (url, label) -> "[" + label + "](" + url + ")",
            UnaryOperator.identity());
    assertEquals("Hi @Maya Chen @here [PR & notes](https://x.example/a?b=1&c=2) 🎉 a<b", file);
    assertEquals(
        ":no_such_code: 10:30:45", SlackMarkup.readable(":no_such_code: 10:30:45", id -> id));
  }
}
