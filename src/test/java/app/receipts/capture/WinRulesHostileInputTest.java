package app.receipts.capture;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.receipts.rules.PersonalLexicon;
import app.receipts.rules.Rules;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The win rules on hostile input, through the capture path's WinRules. How well they read real wins
 * is scored by the rules' own corpus test (rules/RulesCorpusTest).
 */
class WinRulesHostileInputTest {
  private static final WinRules rules = new WinRules();
  private static final LocalDate TODAY = LocalDate.parse("2026-06-15");

  @ParameterizedTest
  @MethodSource("hostile")
  void hostile_input_never_throws(String text) {
    assertDoesNotThrow(() -> metric(text));
    assertDoesNotThrow(() -> Rules.read(text, PersonalLexicon.EMPTY));
  }

  static Stream<String> hostile() {
    return Stream.of(
        null,
        "",
        "   ",
        "x".repeat(100_000),
        "1".repeat(100_000),
        "🚀🔥",
        "أطلقنا الميزة بنسبة 30%",
        "'; DROP TABLE entries; --",
        "<!channel>",
        "from to from to",
        "from 1 to",
        "% % 5%%",
        "from 1.8s to 210ms ".repeat(5_000));
  }

  @Test
  void dates_versions_issue_numbers_and_times_are_not_metrics() {
    for (String text :
        List.of(
            "Released v2.3.1 on 2026-01-05",
            "Closed JIRA-1234 and PR #42",
            "Deployed at 16:00 and again at 4pm",
            "Finished 1st in the hackathon",
            "Planned the 2027 roadmap for H1")) {
      assertEquals(null, metric(text), text);
    }
  }

  private static String metric(String text) {
    return rules.complete(new WinDraft(text, null, null, null, null, null), TODAY).metric();
  }
}
