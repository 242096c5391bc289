package app.receipts.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MrkdwnTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "<!channel> ship it | &lt;!channel&gt; ship it",
        "<!here> | &lt;!here&gt;",
        "thanks <@U123> | thanks &lt;@U123&gt;",
        "\"<https://evil.example|click>\" | \"&lt;https://evil.example|click&gt;\"",
        "R&D | R&amp;D",
        "plain words, emoji 🚀 and ünïcode | plain words, emoji 🚀 and ünïcode",
      })
  void escape_neutralises_mentions_and_links(String typed, String expected) {
    assertEquals(expected, Mrkdwn.escape(typed));
  }

  @Test
  void escape_of_null_is_empty() {
    assertEquals("", Mrkdwn.escape(null));
  }

  @Test
  void link_escapes_the_url_and_keeps_the_label_from_closing_the_link() {
    assertEquals(
        "<https://x.example/a?b=1&amp;c=2|PR ¦ &lt;!channel&gt;>",
        Mrkdwn.link("https://x.example/a?b=1&c=2", "PR | <!channel>"));
  }

  @Test
  void truncate_never_splits_a_surrogate_pair() {
    String text = "ab🚀🚀🚀";
    String cut = Mrkdwn.truncate(text, 4);
    assertEquals("ab…", cut);
    assertEquals(text, Mrkdwn.truncate(text, 100));
  }
}
