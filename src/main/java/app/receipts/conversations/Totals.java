package app.receipts.conversations;

import app.receipts.rules.Metric;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an outcome's numbers add up to: money saved or earned per currency and hours given back,
 * each annualised when it recurs ({@link Annual}) and summed apart when it happened once. Figures
 * of other kinds are listed, never added, and the group says so.
 */
final class Totals {
  private Totals() {}

  private static final class Sum {
    double amount;
    // by id: a year of wins in one unit made a list's contains() quadratic
    final Map<Long, Double> contributions = new HashMap<>();

    void add(double value, long id) {
      amount += value;
      contributions.merge(id, value, Double::sum);
    }

    /** The entries added up, the largest contribution first (ties by id), to cite the top few. */
    List<Long> ids() {
      return contributions.entrySet().stream()
          .sorted(
              Map.Entry.<Long, Double>comparingByValue()
                  .reversed()
                  .thenComparing(Map.Entry.comparingByKey()))
          .map(Map.Entry::getKey)
          .toList();
    }
  }

  static BonusCase.Group group(Outcome outcome, List<BonusCase.Win> wins, int shown) {
    Map<String, Sum> yearly = new TreeMap<>();
    Map<String, Sum> once = new TreeMap<>();
    List<Long> unsummed = new ArrayList<>();
    for (BonusCase.Win win : wins) {
      Metric metric = win.metric();
      boolean money = metric.dimension() == Metric.Dimension.MONEY;
      boolean hours =
          metric.dimension() == Metric.Dimension.DURATION && outcome == Outcome.TIME_SAVED;
      // a saving is a change: a lone duration is how long the work took ("onboarded two engineers
      // in 3 weeks") and a lone cost is a level ("costs $5k a month"), neither one given back
      Double amount = outcome == Outcome.REVENUE && money ? magnitude(metric) : changeOf(metric);
      if ((!money && !hours) || amount == null || metric.direction() == Metric.Direction.WORSE) {
        unsummed.add(win.entry().id());
        continue;
      }
      String unit = money ? metric.unit() : "hours";
      double value = money ? amount : amount / 3600;
      if (metric.period() == null) {
        once.computeIfAbsent(unit, u -> new Sum()).add(value, win.entry().id());
      } else if (Annual.times(metric.period(), money) > 0) {
        yearly
            .computeIfAbsent(unit, u -> new Sum())
            .add(value * Annual.times(metric.period(), money), win.entry().id());
      } else {
        unsummed.add(win.entry().id());
      }
    }
    List<BonusCase.Total> totals = new ArrayList<>();
    yearly.forEach(
        (unit, sum) ->
            totals.add(new BonusCase.Total(said(unit, sum.amount, true, outcome), sum.ids())));
    once.forEach(
        (unit, sum) ->
            totals.add(new BonusCase.Total(said(unit, sum.amount, false, outcome), sum.ids())));
    return new BonusCase.Group(
        outcome,
        wins,
        shown,
        totals,
        notSummed(outcome, unsummed, totals),
        List.copyOf(new LinkedHashSet<>(unsummed)));
  }

  /** The size of the change: the delta, the gap between before and after, or the one value. */
  private static Double magnitude(Metric metric) {
    Double change = changeOf(metric);
    if (change != null) {
      return change;
    }
    return metric.value() == null ? null : Math.abs(metric.value());
  }

  /** The delta or the gap between before and after; null for a lone value. */
  private static Double changeOf(Metric metric) {
    if (metric.delta() != null) {
      return Math.abs(metric.delta());
    }
    if (metric.before() != null && metric.after() != null) {
      return Math.abs(metric.before() - metric.after());
    }
    return null;
  }

  private static String said(String unit, double amount, boolean yearly, Outcome outcome) {
    String verb = outcome == Outcome.REVENUE ? "earned" : "saved";
    if (unit.equals("hours")) {
      return yearly
          ? "about " + Annual.hours(amount) + " a year given back, annualised"
          : Annual.hours(amount) + " given back, once";
    }
    return yearly
        ? Annual.money(amount, unit) + " a year " + verb + ", annualised"
        : Annual.money(amount, unit) + " " + verb + ", once";
  }

  private static String notSummed(
      Outcome outcome, List<Long> unsummed, List<BonusCase.Total> totals) {
    if (unsummed.isEmpty()) {
      return null;
    }
    String why =
        switch (outcome) {
          case LATENCY ->
              "each measures a different system or percentile, so a sum would mean" + " nothing";
          case RELIABILITY -> "rates and counts of different failures do not add up";
          case DELIVERY -> "speed-ups of different pipelines and releases are not one number";
          case REVENUE -> "rates of different funnels do not add up";
          default -> "their units differ or they show no clear saving";
        };
    String which = totals.isEmpty() ? "These figures" : "The other figures";
    return which + " are not summed: " + why + ".";
  }
}
