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
   * name what was measured (a statistic such as "avg" does not: "from 9 min avg to 40 s"). The
   * index of that "to", or -1.
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
    while (i < second.start()
        && i - first.end() < 3
        && SubjectWords.content(tokens.get(i))
        && !Connectors.FILLER.contains(tokens.get(i).lower())) {
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

  private static final java.util.Set<String> MEASURES =
      java.util.Set.of("size", "count", "length", "volume", "total", "depth");

  /** "median PR size went from ~600 lines to ~150": a measure noun names it, the noun is a unit. */
  static boolean measured(String around) {
    int space = around.lastIndexOf(' ');
    String head = space < 0 ? around : around.substring(space + 1);
    return MEASURES.contains(head.toLowerCase(java.util.Locale.ROOT));
  }

  /** The words between two quantities without fillers, or null when too far apart. */
  static String connector(List<Token> tokens, int from, int to) {
    if (to - from > 5 || to < from) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    boolean dated = false;
    for (int i = from; i < to; i++) {
      int afterDate = DatePhrases.skip(tokens, i, to);
      if (afterDate > 0 && afterDate <= to) {
        dated = true;
        i = afterDate - 1;
        continue;
      }
      Token t = tokens.get(i);
      String w = t.lower();
      if (Connectors.FILLER.contains(w)
          || t.kind() == Token.Kind.SYMBOL && Character.isSurrogate(w.charAt(0))) {
        continue;
      }
      if (w.equals("of")
          && i + 1 < to
          && tokens.get(i + 1).isWord()
          && !Connectors.FILLER.contains(tokens.get(i + 1).lower())) {
        // "from ~15% of runs to under 2%"
        i++;
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(w);
    }
    String connector = out.toString();
    if (dated && (connector.equals(",") || connector.startsWith(", "))) {
      // "3 incidents in Oct, 0 in Nov": two dated amounts in a row are a before and an after
      connector = connector.equals(",") ? "→" : connector.substring(2);
    }
    // "300 queries per page → 4", "212 queries per request down to 3"
    if (connector.startsWith("per ") && connector.indexOf(' ', 4) > 0) {
      String rest = connector.substring(connector.indexOf(' ', 4) + 1);
      if (Connectors.FORWARD.contains(rest) && !rest.equals("and")) {
        return rest;
      }
    }
    return connector;
  }
}
