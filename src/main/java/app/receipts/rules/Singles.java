package app.receipts.rules;

import app.receipts.rules.Metric.Bound;
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
  private static final Set<String> POLICY =
      Set.of(
          "target",
          "targets",
          "goal",
          "threshold",
          "thresholds",
          "gate",
          "fails",
          "fail",
          "policy",
          "limit",
          "cap",
          "if",
          "when",
          "whenever",
          "any",
          "anything",
          "unused",
          "inactive",
          "idle",
          "stale",
          "older",
          "archived",
          "expire",
          "expires",
          "ttl",
          "retention",
          "versions",
          "adds",
          "exceeds",
          "exceed",
          "budgeted",
          "objective");
  private static final Set<String> COMPARATIVES =
      Set.of("less", "fewer", "more", "faster", "slower", "lower", "higher", "cheaper");
  private static final Set<String> LEVEL_BEFORE =
      Set.of(
          "to", "at", "of", "is", "now", "was", "reached", "hit", "hits", "above", "below", "under",
          "over", "than", "stays", "held", "from", "with", "around", "about", "~");
  private static final Set<String> AFTER_WAIT = Set.of("after", "since", "for", "past", "last");
  private static final Set<String> EARLY =
      Set.of("early", "ahead", "earlier", "sooner", "before", "late", "late.");
  private static final Set<String> CONFIG_NOUNS =
      Set.of(
          "runners",
          "workers",
          "shards",
          "partitions",
          "threads",
          "milestones",
          "phases",
          "steps",
          "batches",
          "chunks",
          "pieces",
          "parts",
          "stages",
          "waves",
          "cores",
          "vcpus",
          "gpus",
          "pods",
          "replicas",
          "instances",
          "machines",
          "boxes",
          "hosts",
          "nodes",
          "regions",
          "zones",
          "azs",
          "datacenters",
          "retries");
  private static final Set<String> CONFIG_BEFORE =
      Set.of("across", "into", "over", "with", "using", "on", "in", "to", "onto", "between");

  /** "a 4-hour window", "a 10 minute freeze": a duration that describes how, not what. */
  private static final Set<String> CONFIG_VERBS =
      Set.of("configured", "set", "capped", "limited", "pinned", "allocated", "reserved");

  private static final Set<String> HOW_NOUNS =
      Set.of(
          "window",
          "freeze",
          "slot",
          "timeout",
          "shift",
          "rotation",
          "cap",
          "limit",
          "meeting",
          "call",
          "session",
          "sprint",
          "block",
          "delay",
          "interval",
          "cadence",
          "spike",
          "soak",
          "bake",
          "grace",
          "retention",
          "ttl",
          "sla",
          "drill",
          "exercise",
          "workshop",
          "course");
  private static final Set<String> UNDER = Set.of("under", "below", "<", "sub", "within", "inside");
  private static final Set<String> OVER = Set.of("over", "above", ">", "exceeding", "+");
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

  private Singles() {}

  static Metric read(List<Token> tokens, Quantity q) {
    if (q.bare()) {
      return countChange(tokens, q);
    }
    if (q.dimension() == Dimension.COUNT && !q.hasNoun() && q.sign() == 0
        || q.amount() == 0 && q.sign() == 0) {
      return null;
    }
    if (q.dimension() == Dimension.DURATION
        && q.start() > 0
        && AFTER_WAIT.contains(tokens.get(q.start() - 1).lower())) {
      return null;
    }
    if (q.dimension() == Dimension.DURATION
        && q.end() < tokens.size()
        && HOW_NOUNS.contains(tokens.get(q.end()).lower())) {
      return null;
    }
    if (q.hasNoun()
        && q.start() > 0
        && (tokens.get(q.start() - 1).is("into")
            || CONFIG_VERBS.contains(tokens.get(q.start() - 1).lower()))) {
      return null;
    }
    if (q.hasNoun()
        && q.period() == null
        && q.nounEnd() + 1 < tokens.size()
        && tokens.get(q.nounEnd()).is("per")) {
      // "2 engineers per shift": a ratio set, not a count achieved
      return null;
    }
    if (q.hasNoun()
        && q.start() > 0
        && CONFIG_BEFORE.contains(tokens.get(q.start() - 1).lower())
        && CONFIG_NOUNS.contains(tokens.get(q.nounEnd() - 1).lower())) {
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
    if (sign == 0 && before != null && before.is("by") && changeBefore(tokens, prev)) {
      sign = changeSign(tokens, prev);
      lead = prev;
    } else if (sign == 0 && before != null && (before.is("down") || before.is("up"))) {
      sign = before.is("down") ? -1 : 1;
      lead = prev;
    } else if (sign == 0
        && after != null
        && LESS_AFTER.contains(after.lower())
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
        && changeBefore(tokens, q.start())) {
      // "decreased bundle size 35% by code splitting"
      sign = changeSign(tokens, q.start());
    }
    String subject;
    if (q.hasNoun()) {
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
    if (policy(tokens, q.start())) {
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
        bound(tokens, q));
  }

  /** "reduced the number of open Sev3 bugs by 120": a bare number after a change's "by". */
  private static Metric countChange(List<Token> tokens, Quantity q) {
    int by = q.start() - 1;
    if (by < 1 || !tokens.get(by).is("by") || !changeBefore(tokens, by) || q.amount() == 0) {
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
        changeSign(tokens, by) * q.amount(),
        null,
        Dimension.COUNT,
        "",
        null,
        null);
  }

  /** "alert when p99 is over 800ms", "archived anything unused for 90 days": set, not achieved. */
  private static boolean policy(List<Token> tokens, int start) {
    for (int i = start - 1; i >= 0 && i >= start - 6; i--) {
      Token t = tokens.get(i);
      if (t.isBreak()) {
        return false;
      }
      if (POLICY.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  private static Bound bound(List<Token> tokens, Quantity q) {
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

  private static boolean changeBefore(List<Token> tokens, int by) {
    for (int i = by - 1; i >= 0 && i >= by - 8; i--) {
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

  private static int changeSign(List<Token> tokens, int by) {
    for (int i = by - 1; i >= 0 && i >= by - 8; i--) {
      String w = tokens.get(i).lower();
      if (w.equals("improved") || w.equals("improve") || w.equals("improving")) {
        String subject = Subjects.backwards(tokens, by);
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
