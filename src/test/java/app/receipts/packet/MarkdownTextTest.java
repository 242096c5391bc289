package app.receipts.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownTextTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "1. shipped it | 1\\. shipped it",
        "123456789) nine digits | 123456789\\) nine digits",
        "1234567890. ten digits | 1234567890. ten digits",
        "2026. was the year | 2026\\. was the year",
        "1.5s faster | 1.5s faster",
        "12 apples | 12 apples",
        "  2. after spaces | 2\\. after spaces",
        "- a dash | \\- a dash",
        "--- | \\---",
        "* * * | \\* * \\*",
        "+1 from me | +1 from me",
        "+ a plus | \\+ a plus",
        "= | \\=",
        "# heading | \\# heading",
        "### heading | \\### heading",
        "#payments channel | #payments channel",
        "#1. tagged | #1. tagged",
        "> quoted | \\> quoted",
        "~~~ fence | \\~\\~\\~ fence",
        "a *b* [c](d) | a \\*b\\* \\[c](d)",
        "\"a\tb\nc\" | a b c",
        "\"\" | \"\""
      })
  void user_text_cannot_start_markdown_blocks_or_inline_syntax(String text, String escaped) {
    assertEquals(escaped, MarkdownText.escape(text));
    assertEquals("> " + escaped, MarkdownText.escape(new StringBuilder("> "), text).toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "saved $14k/month | saved $14k/month",
        "US$3k a month | US$3k a month",
        "from ~200 to ~40 req/s | from ~200 to ~40 req/s",
        "posted in #payments | posted in #payments",
        "dropped customer_id and order_id columns | dropped customer_id and order_id columns",
        "R&D and Q&A | R&D and Q&A",
        "3 * 4 = 12 | 3 * 4 = 12",
        "1 < 2 and 3 > 2, <3 | 1 < 2 and 3 > 2, <3",
        "a] and b | a] and b",
        "C:\\temp\\logs | C:\\temp\\logs",
        "2.3% → 0.4% | 2.3% → 0.4%",
        "p95 1.8s → 210ms (−88%) | p95 1.8s → 210ms (−88%)",
      })
  void text_that_would_not_format_is_left_as_typed(String text, String expected) {
    assertEquals(expected, MarkdownText.escape(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "*bold* claims | \\*bold\\* claims",
        "__init__ and _private_ | \\_\\_init\\_\\_ and \\_private\\_",
        "~~gone~~ now | ~~gone\\~\\~ now",
        "a `code` span | a \\`code\\` span",
        "<b>bold</b> | \\<b>bold\\</b>",
        "<https://x.example> | \\<https://x.example>",
        "[x](https://y.example) | \\[x](https://y.example)",
        "&amp; and &#169; | \\&amp; and \\&#169;",
        "costs 5$ each | costs 5\\$ each",
        "a\\*b | a\\\\\\*b",
        "ends with \\ | ends with \\\\",
        "2*3 | 2\\*3",
        "_ | \\_",
      })
  void text_that_would_format_is_escaped(String text, String expected) {
    assertEquals(expected, MarkdownText.escape(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '"',
      value = {"a | b # a \\| b", "no pipes # no pipes"})
  void table_cells_also_escape_pipes(String text, String expected) {
    assertEquals(expected, MarkdownText.cell(text));
  }

  @org.junit.jupiter.api.Test
  void text_appended_as_it_is_reads_as_if_escaped_character_by_character() {
    String alphabet = "ab1 .,;:!?'\"()%/-+=@#^{}]>*_~`[\\<&$|\t\u00a0é→\uE000\uD83D\uDE80";
    java.util.Random random = new java.util.Random(18);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int length = random.nextInt(8); length > 0; length--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String typed = text.toString();
      assertEquals(MarkdownText.escapeEachCharacter(typed), MarkdownText.escape(typed), typed);
    }
  }
}
