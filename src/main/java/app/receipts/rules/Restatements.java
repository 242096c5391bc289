package app.receipts.rules;

import app.receipts.rules.Metric.Dimension;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * "Cut build time by 60%, from 20 to 8 minutes": the percentage says again what the pair says, so
 * the win has one metric, the pair (20 min → 8 min), under the percentage's subject when that is
 * the cleaner one ("build time", not "cut build time"). A percentage of something else, or one the
 * pair does not work out to, stays a metric of its own.
 */
final class Restatements {
  /** How far apart, in percentage points, a stated and a worked-out change may be. */
  private static final double SLACK = 1.5;

  /** Points between two percentages that a stated change may be off by (rounding). */
  private static final double POINTS_SLACK = 0.05;

  /** How far, as a share, a stated factor may be from the pair's ("2.5x" for 10 → 4). */
  private static final double RATIO_SLACK = 0.05;

  private static final Set<String> NOT_CONTENT = Set.of("up", "down", "the", "a", "an", "of");

  private Restatements() {}

  static List<Metric> drop(List<Metric> metrics) {
    if (metrics.size() < 2) {
      return metrics;
    }
    List<Metric> kept = withoutRepeats(metrics);
    for (Metric change : List.copyOf(kept)) {
      boolean percent = change.dimension() == Dimension.PERCENT && change.delta() != null;
      boolean ratio = change.dimension() == Dimension.RATIO && change.value() != null;
      if (!percent && !ratio) {
        continue;
      }
      for (int i = 0; i < kept.size(); i++) {
        Metric pair = kept.get(i);
        if (pair != change && restates(change, pair)) {
          kept.set(i, under(pair, cleaner(change.subject(), pair.subject())));
          kept.remove(change);
          break;
        }
      }
    }
    return kept;
  }

  /**
   * The same metric written again ("Retired 3 legacy payment gateways … the 3 legacy payment
   * gateways are gone") is one metric: shown once, stored once, counted once in a packet's totals.
   * Again means the same numbers, unit and period, with one subject's words all in the other's.
   */
  private static List<Metric> withoutRepeats(List<Metric> metrics) {
    List<Metric> kept = new ArrayList<>(metrics.size());
    for (Metric metric : metrics) {
      if (kept.stream().noneMatch(earlier -> repeats(metric, earlier))) {
        kept.add(metric);
      }
    }
    return kept;
  }

  private static boolean repeats(Metric again, Metric earlier) {
    return Objects.equals(again.before(), earlier.before())
        && Objects.equals(again.after(), earlier.after())
        && Objects.equals(again.delta(), earlier.delta())
        && Objects.equals(again.value(), earlier.value())
        && again.dimension() == earlier.dimension()
        && Objects.equals(again.unit(), earlier.unit())
        && again.period() == earlier.period()
        && again.bound() == earlier.bound()
        && (wordsOf(again).containsAll(wordsOf(earlier))
            || wordsOf(earlier).containsAll(wordsOf(again)));
  }

  private static Set<String> wordsOf(Metric metric) {
    String subject = metric.subject() == null ? "" : metric.subject().toLowerCase(Locale.ROOT);
    Set<String> words = new HashSet<>();
    for (String word : subject.split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  private static boolean restates(Metric change, Metric pair) {
    if (pair == change
        || pair.before() == null
        || pair.after() == null
        || pair.before() == 0
        || pair.after() == 0
        || !shareAWord(change.subject(), pair.subject())) {
      return false;
    }
    if (change.dimension() == Dimension.RATIO) {
      // "2.5x faster (from 10m to 4m)", "halved (40 → 20)": the pair's own factor
      double factor = pair.after() / pair.before();
      double stated = change.value();
      double apart = Math.max(factor, 1 / factor);
      return Math.abs(apart - Math.max(stated, 1 / stated)) <= RATIO_SLACK * apart;
    }
    double points = Math.abs(pair.after() - pair.before());
    if (pair.dimension() == Dimension.PERCENT) {
      // "by 3 percentage points (12% → 15%)": points between two percentages
      return Math.abs(points - Math.abs(change.delta())) <= POINTS_SLACK;
    }
    double worked = 100 * points / Math.abs(pair.before());
    return Math.abs(worked - Math.abs(change.delta())) <= SLACK;
  }

  private static boolean shareAWord(String a, String b) {
    List<String> words = words(b);
    return words(a).stream().anyMatch(words::contains);
  }

  private static List<String> words(String subject) {
    List<String> words = new ArrayList<>();
    for (String w : subject.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (!w.isEmpty() && !NOT_CONTENT.contains(w)) {
        words.add(w);
      }
    }
    return words;
  }

  /** The percentage's subject when the pair's only adds a leading word to it. */
  private static String cleaner(String changeSubject, String pairSubject) {
    return !changeSubject.isEmpty() && pairSubject.endsWith(" " + changeSubject)
        ? changeSubject
        : pairSubject;
  }

  private static Metric under(Metric m, String subject) {
    return subject.equals(m.subject()) ? m : m.withSubject(subject);
  }
}
