package app.receipts.rules;

import app.receipts.rules.Metric.Dimension;
import java.util.List;
import java.util.Set;

/**
 * Quantities that describe how the work was done, not what it achieved (CORPUS-SCHEMA.md): a
 * duration after "after" or naming a window, a count split into or configured, a count per shift, a
 * count used as configuration ("across 4 runners") (a threshold or policy that was set is {@link
 * Policies}).
 */
final class NotMetrics {
  /** "after 2 days", "for 2 weeks", "spent 3 days pairing": a wait or an effort, not an outcome. */
  private static final Set<String> AFTER_WAIT =
      Set.of("after", "since", "for", "past", "last", "spent", "spend", "spending");

  private static final Set<String> HEDGES =
      Set.of("over", "under", "about", "around", "nearly", "almost", "roughly", "~");

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
          "course",
          "talk",
          "demo",
          "presentation",
          "video",
          "walkthrough",
          "standup",
          "sync",
          "chat",
          "keynote",
          "lecture",
          "read");

  /** "across my two teams", "between our 3 regions": the scope the work spanned. */
  private static final Set<String> SCOPE_BEFORE = Set.of("across", "between", "over");

  private static final Set<String> OWNERS = Set.of("my", "our", "his", "her", "their");

  /** "rollout paused at 10%", "canary capped at 5%": where a setting was left, not an outcome. */
  private static final Set<String> SETTING_VERBS =
      Set.of("paused", "capped", "pinned", "set", "throttled", "frozen", "stopped", "halted");

  private static final Set<String> SPAN_BEFORE = Set.of("in", "over", "within", "during");

  private NotMetrics() {}

  static boolean describesHow(List<Token> tokens, Quantity q) {
    int wait = q.start() - 1;
    if (wait > 0 && HEDGES.contains(tokens.get(wait).lower())) {
      // "spent over 3 days pairing", "for about 2 weeks": the hedge does not make it an outcome
      wait--;
    }
    if (q.dimension() == Dimension.DURATION
        && wait >= 0
        && AFTER_WAIT.contains(tokens.get(wait).lower())) {
      return true;
    }
    if (q.dimension() == Dimension.DURATION
        && q.end() < tokens.size()
        && HOW_NOUNS.contains(tokens.get(q.end()).lower())) {
      return true;
    }
    if (q.hasNoun()
        && q.start() > 0
        && SPAN_BEFORE.contains(tokens.get(q.start() - 1).lower())
        && Units.period(tokens.get(q.nounEnd() - 1).lower()) != null) {
      // "212 → 48 in two sprints": over how many periods, not an amount
      return true;
    }
    if (q.hasNoun()
        && q.start() > 0
        && (tokens.get(q.start() - 1).is("into") && !added(tokens, q)
            || CONFIG_VERBS.contains(tokens.get(q.start() - 1).lower()))) {
      // "split into two milestones" is how; "into 9 new languages" is what it reached
      return true;
    }
    if (q.hasNoun()
        && q.nounStart() > 0
        && tokens.get(q.nounStart() - 1).is("other")
        && withBefore(tokens, q.start())) {
      // "with HR and two other managers": who helped, not what it achieved
      return true;
    }
    if (q.hasNoun()
        && q.start() > 1
        && OWNERS.contains(tokens.get(q.start() - 1).lower())
        && SCOPE_BEFORE.contains(tokens.get(q.start() - 2).lower())) {
      return true;
    }
    if (q.start() > 1
        && tokens.get(q.start() - 1).is("at")
        && SETTING_VERBS.contains(tokens.get(q.start() - 2).lower())) {
      return true;
    }
    if (q.dimension() == Dimension.DURATION && attributive(tokens, q)) {
      return true;
    }
    if (q.hasNoun()
        && q.period() == null
        && q.nounEnd() + 1 < tokens.size()
        && tokens.get(q.nounEnd()).is("per")
        && !reachedRatio(tokens, q.start())) {
      // "2 engineers per shift": a ratio set, not a count achieved
      return true;
    }
    if (q.hasNoun()
        && q.start() > 0
        && CONFIG_BEFORE.contains(tokens.get(q.start() - 1).lower())
        && CONFIG_NOUNS.contains(tokens.get(q.nounEnd() - 1).lower())
        && Changes.bound(tokens, q) == null) {
      return true;
    }
    return false;
  }

  /**
   * "down to 0.3 incidents per deploy", "we now average 2 reviewers per PR": a ratio the work moved
   * it to, which is an outcome.
   */
  private static boolean reachedRatio(List<Token> tokens, int start) {
    if (start < 1) {
      return false;
    }
    Token before = tokens.get(start - 1);
    if (AVERAGES.contains(before.lower())) {
      return true;
    }
    if (!before.is("to") || start < 2) {
      return false;
    }
    String moved = tokens.get(start - 2).lower();
    return moved.equals("down")
        || moved.equals("up")
        || Words.DOWN_VERBS.contains(moved)
        || Words.UP_VERBS.contains(moved);
  }

  private static final Set<String> AVERAGES =
      Set.of("average", "averages", "averaging", "averaged", "avg");

  private static boolean added(List<Token> tokens, Quantity q) {
    for (int i = q.start() + 1; i < q.nounStart(); i++) {
      if (tokens.get(i).is("new") || tokens.get(i).is("more") || tokens.get(i).is("additional")) {
        return true;
      }
    }
    return false;
  }

  private static boolean withBefore(List<Token> tokens, int start) {
    for (int i = start - 1; i >= 0 && start - i <= 4; i--) {
      if (tokens.get(i).isBreak()) {
        return false;
      }
      if (tokens.get(i).is("with")) {
        return true;
      }
    }
    return false;
  }

  /** "2-week sprints", "30-day trials": a hyphenated duration naming a kind of thing. */
  private static boolean attributive(List<Token> tokens, Quantity q) {
    if (q.end() >= tokens.size() || q.end() - q.start() != 3 || q.period() != null) {
      return false;
    }
    Token hyphen = tokens.get(q.start() + 1);
    Token next = tokens.get(q.end());
    return hyphen.is("-")
        && hyphen.glued()
        && next.isWord()
        && Nouns.plural(next)
        && !Nouns.STOP.contains(next.lower())
        && !Words.isVerb(next);
  }
}
