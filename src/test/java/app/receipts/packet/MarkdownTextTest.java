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
        "1.5s faster | 1\\.5s faster",
        "12 apples | 12 apples",
        "  2. after spaces | 2\\. after spaces",
        "- a dash | \\- a dash",
        "+1 from me | \\+1 from me",
        "= | \\=",
        "#1. tagged | \\#1. tagged",
        "a *b* [c](d) | a \\*b\\* \\[c\\](d)",
        "\"a\tb\nc\" | a b c",
        "\"\" | \"\""
      })
  void user_text_cannot_start_markdown_blocks_or_inline_syntax(String text, String escaped) {
    assertEquals(escaped, MarkdownText.escape(text));
    assertEquals("> " + escaped, MarkdownText.escape(new StringBuilder("> "), text).toString());
  }
}
