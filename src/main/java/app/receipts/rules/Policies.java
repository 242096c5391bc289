package app.receipts.rules;

import java.util.List;
import java.util.Set;

/** A threshold or policy that was set, not achieved: "alert when p99 is over 800ms". */
final class Policies {
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

  private Policies() {}

  /** "alert when p99 is over 800ms", "archived anything unused for 90 days": set, not achieved. */
  static boolean policy(List<Token> tokens, int start) {
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
}
