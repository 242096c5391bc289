package app.receipts.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.receipts.entries.Competency;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The suggester reads the text once, word start by word start; this checks it against the plain
 * definition (count every occurrence of every cue, score, break ties by first cue then rubric
 * order) over thousands of generated texts built from the rules' own stems.
 */
class CompetencySuggesterTest {
  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}/\\-]+");
  private static final List<String> FILLER =
      List.of(
          "the",
          "a",
          "team",
          "shipped",
          "we",
          "by",
          "30%",
          "from",
          "14",
          "min",
          "to",
          "3",
          "x",
          "on-call",
          "p95",
          "Q3",
          "#123",
          "https://x.example/y",
          "émoji",
          "🚀",
          "and",
          "for");

  /** The definition, written the slow and obvious way. */
  private static Competency reference(String text) {
    String haystack = " " + NOT_A_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ") + " ";
    Competency best = Competency.DELIVERY;
    int bestScore = 0;
    int bestFirst = Integer.MAX_VALUE;
    for (Competency competency : Competency.values()) {
      int score = 0;
      int first = Integer.MAX_VALUE;
      for (CompetencyRules.Rule rule : CompetencyRules.RULES.get(competency)) {
        for (int at = haystack.indexOf(rule.cue());
            at >= 0;
            at = haystack.indexOf(rule.cue(), at + 1)) {
          score += rule.weight();
          first = Math.min(first, at);
        }
      }
      if (score > bestScore || (score == bestScore && score > 0 && first < bestFirst)) {
        best = competency;
        bestScore = score;
        bestFirst = first;
      }
    }
    return best;
  }

  @Test
  void agrees_with_the_plain_definition_on_generated_texts() {
    List<String> stems = new ArrayList<>();
    CompetencyRules.RULES.values().forEach(rules -> rules.forEach(r -> stems.add(r.stem())));
    Random random = new Random(20261201);
    CompetencySuggester suggester = new CompetencySuggester();
    int suggestedSomethingElse = 0;
    for (int n = 0; n < 5_000; n++) {
      StringBuilder text = new StringBuilder();
      int words = 1 + random.nextInt(14);
      for (int w = 0; w < words; w++) {
        String word =
            random.nextInt(3) == 0
                ? stems.get(random.nextInt(stems.size()))
                : FILLER.get(random.nextInt(FILLER.size()));
        if (random.nextInt(8) == 0) {
          word = word.toUpperCase(Locale.ROOT);
        }
        if (random.nextInt(8) == 0) {
          word = "re" + word + "ing"; // a stem inside another word must not count as its start
        }
        text.append(word)
            .append(random.nextInt(5) == 0 ? ", " : random.nextInt(9) == 0 ? "/" : " ");
      }
      Competency expected = reference(text.toString());
      assertEquals(expected, suggester.suggest(text.toString()), text.toString());
      if (expected != Competency.DELIVERY) {
        suggestedSomethingElse++;
      }
    }
    // the generated texts exercise the rules, not just the Delivery default
    assertEquals(
        true, suggestedSomethingElse > 2_000, "non-default suggestions: " + suggestedSomethingElse);
  }
}
