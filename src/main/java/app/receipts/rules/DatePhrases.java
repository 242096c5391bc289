package app.receipts.rules;

import java.util.List;
import java.util.Set;

/**
 * When a number was true, written between a before and an after: "3 P1 incidents in Oct, 0 in Nov",
 * "from 9 last quarter to 2 this quarter", "30 a week in Jan, down to 4".
 */
final class DatePhrases {
  private static final Set<String> LEADS = Set.of("in", "during", "for", "by");
  private static final Set<String> RELATIVE = Set.of("last", "this", "next", "previous");

  private DatePhrases() {}

  /** The token after the date phrase that starts at {@code i} (before {@code to}), or -1. */
  static int skip(List<Token> tokens, int i, int to) {
    int j = i;
    if (j < to && LEADS.contains(tokens.get(j).lower())) {
      j++;
    }
    if (j < to && tokens.get(j).is("the")) {
      j++;
    }
    if (j < to && Noise.dateWord(tokens.get(j))) {
      return j + 1;
    }
    if (j + 1 < to + 1
        && j + 1 <= tokens.size() - 1
        && RELATIVE.contains(tokens.get(j).lower())
        && Units.period(tokens.get(j + 1).lower()) != null) {
      return j + 2;
    }
    return -1;
  }
}
