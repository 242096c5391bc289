package app.receipts.rules;

import java.util.List;

/** Units written inside one word or glued to a noun: "1h40m", "3m40s", "req/s". */
final class WordUnits {
  private WordUnits() {}

  /**
   * {period, end} when the singular word at {@code i} is glued to "/period" ("req/s"), else null; a
   * plural ("orders/min") is a counted noun.
   */
  static int[] rateNoun(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (!t.isWord()
        || Nouns.STOP.contains(t.lower())
        || Units.unit(t.lower()) != null
        || Nouns.plural(t)
        || i + 1 >= tokens.size()
        || !tokens.get(i + 1).is("/")
        || !tokens.get(i + 1).glued()) {
      return null;
    }
    return Periods.periodAt(tokens, i + 1);
  }

  /** The 40 of "m40s", else -1. */
  static int secondsAfterMinutes(String w) {
    if (w.length() < 3 || w.charAt(0) != 'm' || !w.endsWith("s")) {
      return -1;
    }
    String digits = w.substring(1, w.length() - 1);
    if (digits.isEmpty() || digits.length() > 2 || !digits.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    return Integer.parseInt(digits);
  }

  /** The 40 of "h40m" or "h40min", else -1. */
  static int minutesAfterHours(String w) {
    if (w.length() < 3 || w.charAt(0) != 'h') {
      return -1;
    }
    int i = 1;
    int minutes = 0;
    while (i < w.length() && i < 3 && Character.isDigit(w.charAt(i))) {
      minutes = minutes * 10 + (w.charAt(i) - '0');
      i++;
    }
    String rest = w.substring(i);
    return i > 1 && (rest.equals("m") || rest.equals("min")) ? minutes : -1;
  }
}
