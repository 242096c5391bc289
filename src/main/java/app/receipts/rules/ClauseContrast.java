package app.receipts.rules;

import java.util.List;
import java.util.Set;

/**
 * Two clauses that set a past against the present, one amount in each: "was doing 90 round trips,
 * now does 2", "were 35% of traffic and are down to 2%", "now runs in 12 minutes; it used to take
 * an hour". A past marker in one clause and a present one in the other make the past clause's
 * amount the before, whichever comes first; so does an estimate or a plan ahead of the first ("was
 * planned for 6 weeks and landed in 4"). A second clause that names a subject of its own ("and the
 * test step is now 9 minutes") measures something else.
 */
final class ClauseContrast {
  /** How far apart the two amounts may stand across the break. */
  static final int REACH = 14;

  private static final Set<String> PAST = Set.of("was", "were", "previously", "had");

  /** A second clause that opens with its own noun phrase ("and the test step is now …"). */
  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "our", "their", "my", "his", "her", "your", "its", "every");

  private static final Set<String> BREAKS = Set.of(",", ";", ":", "—", "–", "(", ".", "!", "?");

  private ClauseContrast() {}

  /**
   * 1 when the first amount's clause is the past one, -1 when the second's is, 0 when the two
   * clauses do not contrast. {@code brk} is the index of the break between them.
   */
  static int across(List<Token> tokens, Quantity first, Quantity second, int brk) {
    if (second.start() - first.end() > REACH) {
      return 0;
    }
    if (ownSubject(tokens, first.end(), second.start())) {
      return 0;
    }
    int start = first.start();
    while (start > 0
        && first.start() - start < 8
        && !BREAKS.contains(tokens.get(start - 1).lower())) {
      start--;
    }
    boolean pastFirst = past(tokens, start, brk);
    boolean nowFirst = present(tokens, start, brk);
    int end = second.end();
    while (end < tokens.size()
        && end - second.end() < 3
        && !BREAKS.contains(tokens.get(end).lower())) {
      end++;
    }
    boolean pastSecond = past(tokens, brk + 1, second.start());
    boolean nowSecond = present(tokens, brk + 1, end) || moved(tokens, second.start());
    if (expected(tokens, first.start()) && !expected(tokens, second.start())) {
      // "was planned for 6 weeks and landed in 4"
      return 1;
    }
    if (pastFirst && !nowFirst && nowSecond && !pastSecond) {
      return 1;
    }
    if (nowFirst && !pastFirst && pastSecond && !nowSecond) {
      return -1;
    }
    return 0;
  }

  /**
   * Whether the last clause that opens between {@code from} and {@code to} (after ";", "and", "but"
   * or a comma) names a subject of its own: "and the test step is now 9 minutes".
   */
  static boolean ownSubject(List<Token> tokens, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      Token t = tokens.get(i);
      if (t.is(";") || t.is("and") || t.is("but") || t.is(",")) {
        return i + 1 < to && DETERMINERS.contains(tokens.get(i + 1).lower());
      }
    }
    return false;
  }

  /** What was expected of an amount rather than what it came to. */
  private static final Set<String> EXPECTED =
      Set.of(
          "estimated",
          "planned",
          "expected",
          "quoted",
          "scheduled",
          "budgeted",
          "forecast",
          "projected",
          "scoped");

  /**
   * An estimate or a plan just ahead of an amount ("was estimated at 3 days", "planned for 6
   * weeks"): that amount is the before of what it came to.
   */
  static boolean expected(List<Token> tokens, int start) {
    for (int i = start - 1; i >= 0 && i >= start - 3; i--) {
      String w = tokens.get(i).lower();
      if (EXPECTED.contains(w)) {
        return true;
      }
      if (!w.equals("at")
          && !w.equals("for")
          && !w.equals("as")
          && !Connectors.FILLER.contains(w)) {
        return false;
      }
    }
    return false;
  }

  private static boolean past(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = tokens.get(i).lower();
      if (PAST.contains(w) || w.equals("used") && i + 1 < to && tokens.get(i + 1).is("to")) {
        return true;
      }
    }
    return false;
  }

  private static boolean present(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (tokens.get(i).is("now") || tokens.get(i).is("today")) {
        return true;
      }
    }
    return false;
  }

  /** "… and are down to 2%": the second clause says where the amount stands after the change. */
  private static boolean moved(List<Token> tokens, int start) {
    int i = start - 1;
    while (i >= 0 && Connectors.FILLER.contains(tokens.get(i).lower())) {
      i--;
    }
    return i > 0
        && tokens.get(i).is("to")
        && (tokens.get(i - 1).is("down") || tokens.get(i - 1).is("up"));
  }
}
