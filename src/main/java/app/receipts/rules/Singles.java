package app.receipts.rules;

import app.receipts.rules.Metric.Dimension;
import java.util.List;
import java.util.Set;

/** One quantity on its own: a change ("cut by 65%", "shaved 120ms off") or a plain amount. */
final class Singles {
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
  private static final Set<String> COMPARATIVES =
      Set.of(
          "less", "fewer", "more", "faster", "slower", "lower", "higher", "cheaper", "smaller",
          "quicker");
  private static final Set<String> LEVEL_BEFORE =
      Set.of(
          "to", "at", "of", "is", "now", "was", "reached", "hit", "hits", "above", "below", "under",
          "over", "than", "stays", "held", "from", "with", "around", "about", "~");
  private static final Set<String> EARLY =
      Set.of("early", "ahead", "earlier", "sooner", "before", "late", "late.");

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

  private Singles() {}

  static Metric read(List<Token> tokens, Quantity q) {
    if (q.bare()) {
      return countChange(tokens, q);
    }
    if (q.dimension() == Dimension.COUNT && !q.hasNoun() && q.sign() == 0
        || q.amount() == 0 && q.sign() == 0) {
      return null;
    }
    if (NotMetrics.describesHow(tokens, q)) {
      return null;
    }
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
        && !VALUE_VERBS.contains(before.lower())) {
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
    if (saver >= 0) {
      sign = -1;
    }
    String subject;
    if (saver >= 0) {
      subject = Subjects.clauseObject(tokens, saver);
      if (subject.isEmpty()) {
        subject = Subjects.find(tokens, saver, q.end());
      }
    } else if (q.hasNoun()) {
      subject = Subjects.text(tokens, q.nounStart(), q.nounEnd());
      if (before != null && Words.isVerb(before) && prev == q.start() - 1) {
        subject = subject + " " + before.lower();
      }
    } else if (verbObject
        && before.lower().startsWith("sav")
        && Subjects.forwards(tokens, q.end()).isEmpty()) {
      // "moved the staging clusters to spot, saving $9.5k a month": what cost less
      subject = Subjects.clauseObject(tokens, prev);
    } else if (verbObject) {
      subject = Subjects.forwards(tokens, q.end());
      if (subject.isEmpty()) {
        subject = Subjects.find(tokens, lead, q.end());
      }
    } else if (after != null
        && after.is("of")
        && q.dimension() == Dimension.PERCENT
        && !Subjects.forwards(tokens, q.end() + 1).isEmpty()) {
      subject = Subjects.forwards(tokens, q.end() + 1);
    } else if (after != null
        && q.dimension() == Dimension.RATIO
        && COMPARATIVES.contains(after.lower())
        && !Subjects.find(tokens, lead, q.end()).isEmpty()) {
      subject = Subjects.find(tokens, lead, q.end());
    } else if (after != null
        && (q.dimension() == Dimension.PERCENT || q.dimension() == Dimension.RATIO)
        && sign == 0
        && !Subjects.forwards(tokens, q.end()).isEmpty()
        && after.isWord()
        && !Nouns.STOP.contains(after.lower())) {
      subject = Subjects.forwards(tokens, q.end());
    } else if (after != null && EARLY.contains(after.lower())) {
      // "shipped it a week early", "three days ahead of the deadline"
      subject =
          Subjects.find(tokens, lead, q.end(), true)
              + " "
              + Subjects.text(tokens, q.end(), Math.min(tokens.size(), q.end() + 4));
    } else if (sign != 0
        && prev == q.start() - 1
        && before != null
        && Words.isVerb(before)
        && after != null
        && COMPARATIVES.contains(after.lower())
        && Subjects.backwards(tokens, prev).isEmpty()) {
      // "paged 60% less": what moved is the verb itself
      subject = before.lower();
    } else {
      subject =
          Subjects.find(tokens, lead, q.end(), q.dimension() == Dimension.DURATION && sign == 0);
    }
    if (q.dimension() == Dimension.RATIO) {
      return MetricExtractor.metric(
          subject, null, null, null, q.amount(), q.dimension(), q.unit(), q.period(), null);
    }
    if (sign != 0) {
      return MetricExtractor.metric(
          subject, null, null, sign * q.amount(), null, q.dimension(), q.unit(), q.period(), null);
    }
    if (NotMetrics.policy(tokens, q.start())) {
      return null;
    }
    return MetricExtractor.metric(
        subject,
        null,
        null,
        null,
        q.amount(),
        q.dimension(),
        q.unit(),
        q.period(),
        Changes.bound(tokens, q));
  }

  /**
   * The "saves" of "saves each person ~30 min a week" or "saved us $4k": a saving whose beneficiary
   * stands between the verb and the amount. The token index, or -1.
   */
  private static int saverBefore(List<Token> tokens, int prev) {
    for (int i = prev; i >= 0 && prev - i < 3; i--) {
      String w = tokens.get(i).lower();
      if (SAVERS.contains(w)) {
        return i == prev ? -1 : i;
      }
      if (!BENEFICIARY.contains(w)) {
        return -1;
      }
    }
    return -1;
  }

  /** "reduced the number of open Sev3 bugs by 120": a bare number after a change's "by". */
  private static Metric countChange(List<Token> tokens, Quantity q) {
    int by = q.start() - 1;
    if (by < 1
        || !tokens.get(by).is("by")
        || !Changes.changeBefore(tokens, by)
        || q.amount() == 0) {
      return null;
    }
    String subject = Subjects.find(tokens, by, q.end());
    if (subject.isEmpty()) {
      return null;
    }
    return MetricExtractor.metric(
        subject,
        null,
        null,
        Changes.changeSign(tokens, by) * q.amount(),
        null,
        Dimension.COUNT,
        "",
        null,
        null);
  }
}
