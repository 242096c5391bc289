package app.receipts.rules;

import app.receipts.rules.Metric.Bound;
import java.util.List;
import java.util.Set;

/** Which way a single quantity moved, from the change verb before it, and its bound. */
final class Changes {
  private static final Set<String> UNDER = Set.of("under", "below", "<", "sub", "within", "inside");
  private static final Set<String> OVER = Set.of("over", "above", ">", "exceeding", "+");

  private Changes() {}

  static Bound bound(List<Token> tokens, Quantity q) {
    for (int i = q.start() + 1; i < q.end(); i++) {
      if (tokens.get(i).is("+") && tokens.get(i).glued()) {
        return Bound.OVER;
      }
    }
    return bound(tokens, q.start());
  }

  private static Bound bound(List<Token> tokens, int start) {
    for (int i = start - 1; i >= 0 && i >= start - 2; i--) {
      String w = tokens.get(i).lower();
      if (UNDER.contains(w) || w.equals("than") && i > 0 && tokens.get(i - 1).is("less")) {
        return Bound.UNDER;
      }
      if (OVER.contains(w)
          || w.equals("than") && i > 0 && tokens.get(i - 1).is("more")
          || w.equals("least") && i > 0 && tokens.get(i - 1).is("at")) {
        return Bound.OVER;
      }
    }
    return null;
  }

  /** How far back a change verb may stand from its "by": "cut the number of … on … by 18%". */
  private static final int REACH = 12;

  static boolean changeBefore(List<Token> tokens, int by) {
    for (int i = by - 1; i >= 0 && i >= by - REACH; i--) {
      Token t = tokens.get(i);
      if (t.isBreak()) {
        return false;
      }
      if (Words.DOWN_VERBS.contains(t.lower()) || Words.UP_VERBS.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  static int changeSign(List<Token> tokens, int by) {
    for (int i = by - 1; i >= 0 && i >= by - REACH; i--) {
      String w = tokens.get(i).lower();
      if (w.equals("improved") || w.equals("improve") || w.equals("improving")) {
        String subject = BackwardSubjects.backwards(tokens, by);
        return Directions.lowerIsBetter(subject) ? -1 : 1;
      }
      if (Words.DOWN_VERBS.contains(w)) {
        return -1;
      }
      if (Words.UP_VERBS.contains(w)) {
        return 1;
      }
    }
    return 1;
  }
}
