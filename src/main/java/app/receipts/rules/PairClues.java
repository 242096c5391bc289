package app.receipts.rules;

import java.util.List;
import java.util.Set;

/** What the words between a pair's two numbers say about it. */
final class PairClues {
  private static final Set<String> POSITIONS =
      Set.of("behind", "ahead", "ago", "late", "apart", "long", "old", "lag", "each", "away");

  private PairClues() {}

  /**
   * "from 22% failure rate to 3%": after "from", content words between the first number and "to"
   * name what was measured. The index of that "to", or -1.
   */
  static int namedEnd(List<Token> tokens, Quantity first, Quantity second) {
    if (!Pairs.fromBefore(tokens, first.start()) || first.bare() || first.hasNoun()) {
      return -1;
    }
    int i = first.end();
    if (i < second.start() && POSITIONS.contains(tokens.get(i).lower())) {
      // "from 6 hours behind to 10 minutes": where the number stood, not what it measured
      return -1;
    }
    while (i < second.start() && i - first.end() < 3 && SubjectWords.content(tokens.get(i))) {
      i++;
    }
    if (i == first.end() || i >= second.start() || !tokens.get(i).is("to")) {
      return -1;
    }
    for (int j = i + 1; j < second.start(); j++) {
      if (!Connectors.FILLER.contains(tokens.get(j).lower())) {
        return -1;
      }
    }
    return i;
  }
}
