package app.receipts.rules;

import app.receipts.rules.Metric.Dimension;
import java.util.List;
import java.util.Set;

/**
 * How a single quantity moved, read from the words around it: "cut by 65%", "down 38%", "60% less",
 * "shaved 120ms", "saves each person 30 min a week"; no movement for a plain amount.
 *
 * @param sign -1, 0 or 1
 * @param lead the first token of the metric's phrase ("by" of "cut by 65%")
 * @param prev the token before the quantity, past fillers ("~", "about"), or -1
 * @param verbObject the quantity is the object of a movement verb ("shaved 120ms")
 * @param saver the "saves" of a saving with its beneficiary in between, or -1
 */
record Movement(int sign, int lead, int prev, boolean verbObject, int saver) {
  private static final Set<String> LESS_AFTER =
      Set.of(
          "faster",
          "less",
          "fewer",
          "lower",
          "cheaper",
          "smaller",
          "shorter",
          "quicker",
          "off",
          "reduction",
          "decrease",
          "drop",
          "savings",
          "saving",
          "leaner",
          "lighter",
          "down",
          "sooner",
          "earlier",
          "saved");

  private static final Set<String> MORE_AFTER =
      Set.of(
          "more",
          "higher",
          "increase",
          "gain",
          "boost",
          "slower",
          "longer",
          "bigger",
          "larger",
          "improvement",
          "up",
          "growth",
          "jump",
          "uplift",
          "lift",
          "later");

  private static final Set<String> VALUE_VERBS =
      Set.of(
          "freed",
          "reclaimed",
          "removed",
          "eliminated",
          "killed",
          "deleted",
          "added",
          "scaled",
          "expanded",
          "gained",
          "up",
          "down");

  private static final Set<String> LEVEL_BEFORE =
      Set.of(
          "to", "at", "of", "is", "now", "was", "reached", "hit", "hits", "above", "below", "under",
          "over", "than", "stays", "held", "from", "with", "around", "about", "~");

  /** "a 4-hour window", "a 10 minute freeze": a duration that describes how, not what. */
  private static final Set<String> SKIP =
      Set.of(
          "~",
          "about",
          "around",
          "roughly",
          "nearly",
          "almost",
          "another",
          "over",
          "approximately",
          "approx",
          "an",
          "a",
          "some",
          "additional",
          "extra",
          "further");

  private static final Set<String> PHRASAL =
      Set.of("freeing", "freed", "frees", "free", "spun", "spinning", "stood", "set", "opened");

  private static final Set<String> SAVERS = Set.of("saves", "saved", "saving", "save");

  /** "gave everyone on the team back ~6 hours a week": a saving handed to its beneficiary. */
  private static final Set<String> GIVERS = Set.of("gave", "gives", "give", "giving", "handed");

  private static final Set<String> BENEFICIARY =
      Set.of(
          "each",
          "every",
          "the",
          "us",
          "them",
          "me",
          "you",
          "team",
          "teams",
          "person",
          "engineer",
          "engineers",
          "dev",
          "devs",
          "developer",
          "developers",
          "everyone",
          "people",
          "on-call",
          "support",
          "customers",
          "users");

  static Movement of(List<Token> tokens, Quantity q) {
    int prev = q.start() - 1;
    while (prev >= 0 && SKIP.contains(tokens.get(prev).lower()) && q.start() - prev < 3) {
      prev--;
    }
    Token before = prev >= 0 ? tokens.get(prev) : null;
    Token after = q.end() < tokens.size() ? tokens.get(q.end()) : null;
    int sign = q.sign();
    int lead = q.start();
    boolean verbObject = false;
    if (sign == 0 && before != null && before.is("by") && Changes.changeBefore(tokens, prev)) {
      sign = Changes.changeSign(tokens, prev);
      lead = prev;
    } else if (sign == 0
        && before != null
        && (before.is("down") || before.is("up"))
        && !(prev > 0 && PHRASAL.contains(tokens.get(prev - 1).lower()))) {
      sign = before.is("down") ? -1 : 1;
      lead = prev;
    } else if (sign == 0
        && after != null
        && LESS_AFTER.contains(after.lower())
        && !(q.hasNoun() && after.is("off"))
        && q.dimension() != Dimension.RATIO) {
      sign = -1;
    } else if (sign == 0
        && after != null
        && MORE_AFTER.contains(after.lower())
        && q.dimension() != Dimension.RATIO) {
      sign = 1;
    } else if (sign == 0
        && before != null
        && q.dimension() != Dimension.COUNT
        && q.dimension() != Dimension.RATIO
        && (Words.DOWN_VERBS.contains(before.lower()) || Words.UP_VERBS.contains(before.lower()))
        && !VALUE_VERBS.contains(before.lower())
        && !(amountOf(tokens, q) && !SAVERS.contains(before.lower()))) {
      sign = Words.DOWN_VERBS.contains(before.lower()) ? -1 : 1;
      verbObject = true;
    } else if (sign == 0
        && q.dimension() == Dimension.PERCENT
        && before != null
        && !LEVEL_BEFORE.contains(before.lower())
        && Changes.changeBefore(tokens, q.start())) {
      // "decreased bundle size 35% by code splitting"
      sign = Changes.changeSign(tokens, q.start());
    }
    int saver = sign == 0 ? saverBefore(tokens, prev) : -1;
    if (sign == 0 && saver < 0 && q.dimension() == Dimension.DURATION) {
      saver = giverBefore(tokens, prev, after);
    }
    if (saver >= 0) {
      sign = -1;
    }
    return new Movement(sign, lead, prev, verbObject, saver);
  }

  /**
   * "trimmed 1.1 MB of unused icon fonts": an amount of a thing the verb acted on, which is a plain
   * amount of that thing ("deleted 400 TB of snapshots"), not a change of something ongoing
   * ("trimmed 1.1 MB off the bundle"). Percentages ("cut 30% of the queries") and savings ("saves 4
   * hours a week of toil") are left as they are.
   */
  private static boolean amountOf(List<Token> tokens, Quantity q) {
    return q.dimension() != Dimension.PERCENT
        && q.end() + 1 < tokens.size()
        && tokens.get(q.end()).is("of")
        && tokens.get(q.end() + 1).isWord()
        && !Nouns.STOP.contains(tokens.get(q.end() + 1).lower());
  }

  /**
   * The "gave" of "gave everyone on the team back 6 hours a week" or "gives each dev 2 hours a week
   * back": time handed back is time saved. The token index, or -1.
   */
  private static int giverBefore(List<Token> tokens, int prev, Token after) {
    boolean back = prev >= 0 && tokens.get(prev).is("back") || after != null && after.is("back");
    if (!back) {
      return -1;
    }
    for (int i = prev; i >= 0 && prev - i < 7; i--) {
      Token t = tokens.get(i);
      if (GIVERS.contains(t.lower())) {
        return i;
      }
      if (t.is(".") || t.is(";") || t.is(",")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The "saves" of "saves each person ~30 min a week" or "saved us $4k": a saving whose beneficiary
   * stands between the verb and the amount. The token index, or -1.
   */
  private static int saverBefore(List<Token> tokens, int prev) {
    for (int i = prev; i >= 0 && prev - i < 4; i--) {
      String w = tokens.get(i).lower();
      if (SAVERS.contains(w)) {
        return i == prev ? -1 : i;
      }
      if (!BENEFICIARY.contains(w) && !(tokens.get(i).isWord() && w.length() > 2)) {
        return -1;
      }
    }
    return -1;
  }
}
