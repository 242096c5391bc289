package app.receipts.rules;

import java.util.Set;

/** The words that join a before and an after, once fillers ("~", "the", "planned") are dropped. */
final class Connectors {
  static final Set<String> FORWARD =
      Set.of(
          "to",
          "→",
          "->",
          "=>",
          "down to",
          "up to",
          "- >",
          "➡",
          "⇒",
          "→ to",
          ", now",
          "now",
          "; now",
          "and now",
          ", now down to",
          "→ now",
          "-> now",
          "and",
          ", and now",
          "into");
  static final Set<String> ARROWS = Set.of("→", "->", "=>", "➡", "⇒");
  static final Set<String> REVERSE =
      Set.of(
          "instead of",
          "rather than",
          "vs",
          "vs .",
          "versus",
          "compared to",
          "compared with",
          "down from",
          "( used to be",
          "now , used to be",
          "now , was",
          ", was sitting",
          "was sitting",
          "now used to be",
          "used to be",
          ", used to be",
          "( previously",
          "( it was",
          "( before",
          "instead of to",
          "rather than to",
          "now , down from",
          "now down from",
          ", now down from",
          "now , from",
          "up from",
          "from",
          "was",
          "( was",
          "( down from",
          "( from",
          ", down from",
          ", from",
          "( vs",
          "( vs .",
          ", was",
          "( up from",
          ", up from",
          "vs the",
          "against");
  static final Set<String> FILLER =
      Set.of(
          "~",
          "about",
          "around",
          "roughly",
          "nearly",
          "almost",
          "just",
          "only",
          "approx",
          "approximately",
          "under",
          "below",
          "over",
          "<",
          ">",
          "≤",
          "≥",
          "a",
          "mere",
          "the",
          "it's",
          "it",
          "is",
          "stays",
          "sits",
          "at",
          "peak",
          "behind",
          "climbing",
          "growing",
          "creeping",
          "reaching",
          "hitting",
          "spiking",
          "planned",
          "estimated",
          "expected",
          "usual",
          "previous",
          "old",
          "original",
          "quoted",
          "scheduled",
          "budgeted",
          "initial",
          "median",
          "average",
          "p95",
          "p99",
          "p50",
          "typical",
          "avg",
          "mean",
          "every");

  /** Words that say the second quantity is the earlier one: "14 users (there were 92)". */
  private static final Set<String> EARLIER =
      Set.of("was", "were", "previously", "vs", "versus", "instead", "rather", "compared");

  /** "up from", "down from": the second is the start. */
  private static final Set<String> MOVED = Set.of("up", "down");

  private Connectors() {}

  /**
   * When the words between two quantities are not a connector seen before, the grammar of the
   * clause decides: a past-tense marker or a comparison between them ("1,800 req/s per pod, was
   * ~450", "97 on Lighthouse, it was 61", "99.95% for Q3, up from 99.7%") makes the second the
   * before; "used to" ahead of the first, or "now" between them ("used to take 9 hours, it's 70
   * minutes now", "took a designer 2 days now runs in 20 minutes"), or an estimate or a plan just
   * ahead of the first ("was estimated at 3 days, finished in 7 hours"), makes the first the
   * before. A sentence break between them, or more than eight words, and they are two metrics; a
   * second clause (";", "and", "but") is read by {@link ClauseContrast}. 1 forward, -1 reverse, 0
   * neither.
   */
  static int loose(java.util.List<Token> tokens, Quantity first, Quantity second) {
    if (second.start() < first.end() || !compatible(first, second)) {
      return 0;
    }
    int brk = clauseBreak(tokens, first, second);
    if (brk == -2) {
      return 0;
    }
    if (brk >= 0) {
      return ClauseContrast.across(tokens, first, second, brk);
    }
    if (second.start() - first.end() > 8) {
      int comma = comma(tokens, first, second);
      return comma < 0 ? 0 : ClauseContrast.across(tokens, first, second, comma);
    }
    boolean bare = first.bare() && second.bare();
    boolean earlier = false;
    boolean now = false;
    for (int i = first.end(); i < second.start(); i++) {
      Token t = tokens.get(i);
      String w = t.lower();
      if (bare && (w.equals("was") || w.equals("were") || w.equals("previously"))) {
        earlier = true;
      } else if (bare) {
        continue;
      } else if (EARLIER.contains(w)
          || w.equals("used") && i + 1 < second.start() && tokens.get(i + 1).is("to")
          || w.equals("from") && i > first.end() && MOVED.contains(tokens.get(i - 1).lower())) {
        earlier = true;
      }
      if (w.equals("now") || ARROWS.contains(w)) {
        now = true;
      }
    }
    if (earlier) {
      return -1;
    }
    boolean usedTo = ClauseContrast.expected(tokens, first.start());
    for (int i = first.start() - 1; i >= 0 && i >= first.start() - 4; i--) {
      if (tokens.get(i).is("to") && i > 0 && tokens.get(i - 1).is("used")) {
        usedTo = true;
      }
    }
    return usedTo || now ? 1 : 0;
  }

  /**
   * The one ";", "and" or "but" between two amounts (a second clause), -1 when there is none, -2
   * when a sentence ends between them or the clauses are more than two.
   */
  private static int clauseBreak(java.util.List<Token> tokens, Quantity first, Quantity second) {
    int brk = -1;
    for (int i = first.end(); i < second.start(); i++) {
      String w = tokens.get(i).lower();
      if (w.equals(".") || w.equals("!")) {
        return -2;
      }
      if (w.equals(";") || w.equals("and") || w.equals("but")) {
        if (brk >= 0) {
          return -2;
        }
        brk = i;
      }
    }
    return brk;
  }

  /** The one comma between two amounts, or -1. */
  private static int comma(java.util.List<Token> tokens, Quantity first, Quantity second) {
    int comma = -1;
    for (int i = first.end(); i < second.start(); i++) {
      if (tokens.get(i).is(",")) {
        if (comma >= 0) {
          return -1;
        }
        comma = i;
      }
    }
    return comma;
  }

  /**
   * Same dimension (not two counts of different things), or a bare second ("was 61"). A bare first
   * before a measured second is a name ("5xx rate down from 1.2%", "on 3G down from 9s").
   */
  private static boolean compatible(Quantity a, Quantity b) {
    if (a.bare()) {
      return b.bare();
    }
    if (b.bare()) {
      return true;
    }
    if (a.dimension() != b.dimension()) {
      return false;
    }
    return a.dimension() != Metric.Dimension.COUNT || !(a.hasNoun() && b.hasNoun());
  }
}
