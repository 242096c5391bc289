package app.receipts.capture;

import app.receipts.entries.Competency;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Suggests a competency from a win's text with weighted keyword stems ({@link CompetencyRules}), no
 * network. Highest score wins; a tie goes to the competency whose first cue comes earliest in the
 * text, then to rubric order. Nothing matched: Delivery.
 */
public final class CompetencySuggester {
  private static final int MAX_INPUT = 5_000;
  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}/\\-]+");
  private static final Competency[] RUBRIC = Competency.values();

  /** One rule and whose it is, found by the first letter of its stem. */
  private record Cue(Competency competency, CompetencyRules.Rule rule) {}

  /**
   * Every cue starts a word (a space, then the stem), so the text is read once, word start by word
   * start, trying only the cues whose stem begins with that word's first letter.
   */
  private static final Map<Character, List<Cue>> BY_FIRST_LETTER = byFirstLetter();

  private static Map<Character, List<Cue>> byFirstLetter() {
    Map<Character, List<Cue>> index = new HashMap<>();
    for (Competency competency : RUBRIC) {
      for (CompetencyRules.Rule rule : CompetencyRules.RULES.get(competency)) {
        index
            .computeIfAbsent(rule.cue().charAt(1), c -> new ArrayList<>())
            .add(new Cue(competency, rule));
      }
    }
    return Map.copyOf(index);
  }

  public Competency suggest(String text) {
    if (text == null || text.isBlank()) {
      return Competency.DELIVERY;
    }
    String lower =
        (text.length() > MAX_INPUT ? text.substring(0, MAX_INPUT) : text).toLowerCase(Locale.ROOT);
    String haystack = " " + NOT_A_WORD.matcher(lower).replaceAll(" ") + " ";
    int[] score = new int[RUBRIC.length];
    int[] first = new int[RUBRIC.length];
    Arrays.fill(first, Integer.MAX_VALUE);
    for (int at = haystack.indexOf(' ');
        at >= 0 && at + 1 < haystack.length();
        at = haystack.indexOf(' ', at + 1)) {
      List<Cue> cues = BY_FIRST_LETTER.get(haystack.charAt(at + 1));
      if (cues == null) {
        continue;
      }
      for (Cue cue : cues) {
        if (haystack.startsWith(cue.rule().cue(), at)) {
          int c = cue.competency().ordinal();
          score[c] += cue.rule().weight();
          first[c] = Math.min(first[c], at);
        }
      }
    }
    Competency best = Competency.DELIVERY;
    int bestScore = 0;
    int bestFirst = Integer.MAX_VALUE;
    for (Competency competency : RUBRIC) {
      int c = competency.ordinal();
      if (score[c] > bestScore || (score[c] == bestScore && score[c] > 0 && first[c] < bestFirst)) {
        best = competency;
        bestScore = score[c];
        bestFirst = first[c];
      }
    }
    return best;
  }
}
