package app.receipts.conversations;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which words of a stated goal a win's own words support. A goal has words that name an outcome
 * ("cost", "reliability", "MTTR") and words that say where ("checkout", "enterprise"). A win serves
 * it only when it says at least one of the where-words, if the goal has any (closing bugs is not
 * "checkout reliability" unless the win says checkout), and every outcome word is one the win says,
 * or one that names the whole of the outcome its own words put it in ("cost" for a win whose words
 * say "AWS bill"; but "signups" only for a win that says signups, and a latency win is never
 * reliability). A few words count as one: AWS is infrastructure.
 */
final class GoalMatch {
  /**
   * Words every goal has that say nothing about which goal it is: the direction, the verb, and who
   * benefits ("customers" served by a CSV export is not "faster search for every customer").
   */
  private static final Set<String> FILLER =
      stems(
          "improve",
          "increase",
          "reduce",
          "grow",
          "growth",
          "better",
          "cut",
          "raise",
          "lower",
          "fewer",
          "higher",
          "faster",
          "boost",
          "drive",
          "make",
          "keep",
          "company",
          "year",
          "quarter",
          "goal",
          "target",
          "deliver",
          "ship",
          "launch",
          "new",
          "key",
          "focus",
          "across",
          "overall",
          "top",
          "every",
          "time",
          "customer",
          "user",
          "client",
          "team",
          "people",
          "engineer",
          "developer",
          "facing");

  /** The words that name an outcome as a whole, not one signal of it. */
  private static final Map<Outcome, Set<String>> WHOLE = new EnumMap<>(Outcome.class);

  static {
    WHOLE.put(Outcome.COST, stems("cost", "spend", "saving", "budget"));
    WHOLE.put(Outcome.REVENUE, stems("revenue", "sales"));
    WHOLE.put(Outcome.RELIABILITY, stems("reliability", "availability", "uptime"));
    WHOLE.put(Outcome.LATENCY, stems("latency", "throughput"));
  }

  /** Words that mean the same thing here. */
  private static final List<Set<String>> SAME =
      List.of(stems("infra", "infrastructure", "cloud", "aws", "gcp", "azure"));

  private GoalMatch() {}

  /** A goal's meaningful words, stemmed, each once. */
  static List<String> terms(String goal) {
    return Words.terms(goal).stream().filter(t -> !FILLER.contains(t)).distinct().toList();
  }

  /**
   * The goal's words that license tying the win to it; empty when the win does not serve it. {@code
   * winTerms} are the win's own words; {@code outcome} is the group those words put it in.
   */
  static List<String> licensing(List<String> goalTerms, Set<String> winTerms, Outcome outcome) {
    boolean named = outcome != Outcome.OTHER && outcome.named(winTerms);
    Set<String> whole = named ? WHOLE.getOrDefault(outcome, Set.of()) : Set.of();
    List<String> licensed = new ArrayList<>();
    boolean hasWhere = false;
    boolean saysWhere = false;
    for (String term : goalTerms) {
      boolean said = said(term, winTerms);
      if (namesAnOutcome(term)) {
        if (!said && !whole.contains(term)) {
          return List.of();
        }
      } else {
        hasWhere = true;
        saysWhere |= said;
        if (!said) {
          continue;
        }
      }
      licensed.add(term);
    }
    return hasWhere && !saysWhere ? List.of() : licensed;
  }

  /** Whether the win says {@code term}, or a word meaning the same. */
  static boolean said(String term, Set<String> winTerms) {
    if (winTerms.contains(term)) {
      return true;
    }
    for (Set<String> same : SAME) {
      if (same.contains(term) && winTerms.stream().anyMatch(same::contains)) {
        return true;
      }
    }
    return false;
  }

  /** The words naming the whole of {@code outcome}, stemmed. */
  static Set<String> whole(Outcome outcome) {
    return WHOLE.getOrDefault(outcome, Set.of());
  }

  private static boolean namesAnOutcome(String term) {
    for (Outcome outcome : Outcome.values()) {
      if (outcome.stems().contains(term)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> stems(String... words) {
    return Stream.of(words).map(Words::stem).collect(Collectors.toUnmodifiableSet());
  }
}
