package app.receipts.capture;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.entries.Competency;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The keyword suggester (still used for praise) over a corpus of real-sounding wins, and the win
 * rules on hostile input. The metrics of wins are scored by the rules' own corpus test.
 */
class WinRulesCorpusTest {
  private static final WinRules rules = new WinRules();
  private static final LocalDate TODAY = LocalDate.parse("2026-06-15");
  private static final CompetencySuggester competencies = new CompetencySuggester();

  static List<String[]> corpus() throws IOException {
    try (InputStream in = WinRulesCorpusTest.class.getResourceAsStream("/fixtures/wins.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .skip(1)
          .filter(line -> !line.isBlank())
          .map(line -> Arrays.copyOf(line.split("\t", -1), 3))
          .toList();
    }
  }

  static Stream<Arguments> wins() throws IOException {
    return corpus().stream().map(row -> Arguments.of(row[0], row[1], row[2]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wins")
  void win_gets_the_expected_competency(String text, String competency, String metric) {
    assertEquals(competency, competencies.suggest(text).id());
  }

  @Test
  void the_corpus_is_large_and_covers_every_competency_and_both_metric_outcomes()
      throws IOException {
    List<String[]> rows = corpus();
    assertTrue(rows.size() >= 40, "rows: " + rows.size());
    Set<Competency> seen = EnumSet.noneOf(Competency.class);
    rows.forEach(row -> seen.add(Competency.fromId(row[1]).orElseThrow()));
    assertEquals(EnumSet.allOf(Competency.class), seen);
    assertTrue(
        rows.stream().filter(row -> row[2].isEmpty()).count() >= 10,
        "enough wins without a metric");
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void hostile_input_never_throws(String text) {
    assertDoesNotThrow(() -> metric(text));
    assertDoesNotThrow(() -> competencies.suggest(text));
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
