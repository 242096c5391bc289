package app.receipts.capture;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Suggests a competency from a win's text with weighted keyword stems ({@link CompetencyRules}), no
 * network. Highest score wins; a tie goes to the competency whose first cue comes earliest in the
 * text, then to rubric order. Nothing matched: Delivery.
 */
public final class CompetencySuggester {
  private static final int MAX_INPUT = 5_000;
  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}/\\-]+");

  public Competency suggest(String text) {
    if (text == null || text.isBlank()) {
      return Competency.DELIVERY;
    }
    String lower =
        (text.length() > MAX_INPUT ? text.substring(0, MAX_INPUT) : text).toLowerCase(Locale.ROOT);
    String haystack = " " + NOT_A_WORD.matcher(lower).replaceAll(" ") + " ";
    Competency best = Competency.DELIVERY;
    int bestScore = 0;
    int bestFirst = Integer.MAX_VALUE;
    for (Competency competency : Competency.values()) {
      int score = 0;
      int first = Integer.MAX_VALUE;
      for (CompetencyRules.Rule rule : CompetencyRules.RULES.get(competency)) {
        String cue = rule.cue();
        int at = haystack.indexOf(cue);
        while (at >= 0) {
          score += rule.weight();
          first = Math.min(first, at);
          at = haystack.indexOf(cue, at + 1);
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
}
