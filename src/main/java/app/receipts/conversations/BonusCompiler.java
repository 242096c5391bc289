package app.receipts.conversations;

import app.receipts.entries.Entry;
import app.receipts.packet.EvidenceRanking;
import app.receipts.packet.Period;
import app.receipts.rules.Metric;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Reads the metrics of a person's entries into the outcome groups of a bonus case. */
final class BonusCompiler {
  /** Wins listed per outcome; the totals count all of them. */
  static final int SHOWN = 10;

  private final Supplier<EvidenceRanking.Reading> ranking;

  /**
   * {@code ranking} gives a fresh strongest-first reading for each bonus case; its metrics are the
   * ones the ranking reads, so each entry is read with the win rules once.
   */
  BonusCompiler(Supplier<EvidenceRanking.Reading> ranking) {
    this.ranking = ranking;
  }

  BonusCase compile(
      String person,
      Period period,
      List<String> goals,
      String ask,
      List<Entry> entries,
      Names people) {
    EvidenceRanking.Reading reading = ranking.get();
    Map<Outcome, List<BonusCase.Win>> byOutcome = new EnumMap<>(Outcome.class);
    List<List<String>> goalTerms = goals.stream().map(GoalMatch::terms).toList();
    // metric subjects repeat ("p95 latency", "AWS bill"): their terms are read once each
    Map<String, Set<String>> subjects = new HashMap<>();
    for (Entry entry : entries) {
      if (!entry.hasMetric()) {
        continue;
      }
      List<Metric> metrics = reading.metrics(entry.metric());
      if (metrics.isEmpty()) {
        metrics = reading.metrics(entry.text());
      }
      Set<String> text =
          new HashSet<>(
              Words.terms(entry.text() + " " + nonNull(entry.impact()) + " " + entry.metric()));
      for (Metric metric : metrics) {
        Set<String> subject =
            subjects.computeIfAbsent(
                metric.subject() == null ? "" : metric.subject(),
                s -> new HashSet<>(Words.terms(s)));
        Outcome outcome = Outcome.of(metric, subject, text);
        String goal = goal(goals, goalTerms, text, outcome);
        byOutcome
            .computeIfAbsent(outcome, o -> new ArrayList<>())
            .add(new BonusCase.Win(entry, metric, outcome, goal));
      }
    }
    List<BonusCase.Group> groups = new ArrayList<>();
    Comparator<Entry> strongest = reading.strongestFirst();
    Comparator<BonusCase.Win> order = Comparator.comparing(BonusCase.Win::entry, strongest);
    byOutcome.forEach(
        (outcome, wins) -> {
          List<BonusCase.Win> sorted = wins.stream().sorted(order).toList();
          groups.add(Totals.group(outcome, sorted, Math.min(SHOWN, sorted.size())));
        });
    return new BonusCase(
        person, period, goals, ask, entries.size(), groups, top(groups, strongest), people);
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }

  /**
   * The stated goal the win's own words support, or null: {@link GoalMatch} says which words count;
   * the goal with the most of them wins, the first listed on a tie.
   */
  private static String goal(
      List<String> goals, List<List<String>> goalTerms, Set<String> text, Outcome outcome) {
    String best = null;
    int bestShared = 0;
    for (int i = 0; i < goals.size(); i++) {
      int shared = GoalMatch.licensing(goalTerms.get(i), text, outcome).size();
      if (shared > bestShared) {
        best = goals.get(i);
        bestShared = shared;
      }
    }
    return best;
  }

  /**
   * The three wins to lead with, one per entry: those serving a stated goal first, then money, then
   * by the outcome order and strength.
   */
  private static List<BonusCase.Win> top(
      List<BonusCase.Group> groups, Comparator<Entry> strongest) {
    Comparator<BonusCase.Win> lead =
        Comparator.comparing((BonusCase.Win w) -> w.goal() == null)
            .thenComparing(w -> w.metric().dimension() != Metric.Dimension.MONEY)
            .thenComparing(BonusCase.Win::outcome)
            .thenComparing(BonusCase.Win::entry, strongest);
    Set<Long> seen = new HashSet<>();
    return groups.stream()
        .flatMap(g -> g.wins().stream())
        .sorted(lead)
        .filter(w -> seen.add(w.entry().id()))
        .limit(3)
        .toList();
  }
}
