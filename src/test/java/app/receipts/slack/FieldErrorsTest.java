package app.receipts.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Modal field errors are drawn as plain text, so our mrkdwn is turned into what it means. */
class FieldErrorsTest {
  @Test
  void code_becomes_quoted_and_bold_plain() {
    assertEquals(
        Map.of("period", "Try “last 2 weeks” or “2026-H2”, not all of it"),
        Views.fieldErrors(Map.of("period", "Try `last 2 weeks` or `2026-H2`, not *all* of it")));
    assertEquals("Pick a day, then save", Views.plain("Pick a *day*, then save"));
  }

  @Test
  void text_that_only_looks_like_markup_stays_as_typed() {
    for (String typed :
        new String[] {"new_user_flow", "2*3*4 requests", "a lone ` backtick", "**", "x * y"}) {
      assertEquals(typed, Views.plain(typed));
    }
  }
}
