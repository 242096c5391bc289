package app.receipts.rules;

import app.receipts.rules.Metric.Dimension;
import java.util.List;
import java.util.Set;

/**
 * Numbers that say how a thing was set or framed rather than what it achieved: a rollout share
 * ("shipped to 100% of users"), the length of what a noun names ("the 30s gateway timeout"), the
 * time since a first ("the first offsite in 2 years").
 */
final class Settings {
  private static final Set<String> AUDIENCES =
      Set.of(
          "users",
          "traffic",
          "customers",
          "devices",
          "fleet",
          "requests",
          "accounts",
          "tenants",
          "merchants",
          "installs",
          "sessions",
          "hosts",
          "pods");
  private static final Set<String> ROLLOUT_VERBS =
      Set.of(
          "shipped",
          "rolled",
          "ramped",
          "released",
          "opened",
          "enabled",
          "launched",
          "rolling",
          "ramping",
          "exposed",
          "out");
  private static final Set<String> LENGTH_NOUNS =
      Set.of("timeout", "ttl", "window", "limit", "cap", "sla", "deadline", "budget");

  private Settings() {}

  static boolean framing(List<Token> tokens, Quantity q) {
    return rolloutShare(tokens, q) || lengthOfNoun(tokens, q) || sinceFirst(tokens, q);
  }

  /** "Shipped 8.0 … to 100% of users": how far a rollout went, not an outcome. */
  private static boolean rolloutShare(List<Token> tokens, Quantity q) {
    if (q.dimension() != Dimension.PERCENT
        || q.start() == 0
        || !tokens.get(q.start() - 1).is("to")
        || q.end() + 1 >= tokens.size()
        || !tokens.get(q.end()).is("of")) {
      return false;
    }
    int noun = q.end() + 1;
    if (noun < tokens.size() - 1 && (tokens.get(noun).is("our") || tokens.get(noun).is("the"))) {
      noun++;
    }
    if (!AUDIENCES.contains(tokens.get(noun).lower())) {
      return false;
    }
    for (int i = q.start() - 2; i >= 0 && q.start() - i <= 12; i--) {
      Token t = tokens.get(i);
      if (t.is(".") || t.is(";") || t.is("!")) {
        return false;
      }
      if (ROLLOUT_VERBS.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  /** "hit the 30s gateway timeout": a length that names a setting, not a result. */
  private static boolean lengthOfNoun(List<Token> tokens, Quantity q) {
    if (q.dimension() != Dimension.DURATION
        || q.start() == 0
        || !(tokens.get(q.start() - 1).is("the") || tokens.get(q.start() - 1).is("a"))) {
      return false;
    }
    for (int i = q.end(); i < tokens.size() && i < q.end() + 3; i++) {
      Token t = tokens.get(i);
      if (!t.isWord()) {
        return false;
      }
      if (LENGTH_NOUNS.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  /** "the first engineering offsite in 2 years": the time since, not a result. */
  private static boolean sinceFirst(List<Token> tokens, Quantity q) {
    if (q.dimension() != Dimension.DURATION
        || q.start() == 0
        || !tokens.get(q.start() - 1).is("in")) {
      return false;
    }
    for (int i = q.start() - 2; i >= 0 && q.start() - i <= 8; i--) {
      Token t = tokens.get(i);
      if (t.isBreak()) {
        return false;
      }
      if (t.is("first") || t.is("1st")) {
        return true;
      }
    }
    return false;
  }
}
