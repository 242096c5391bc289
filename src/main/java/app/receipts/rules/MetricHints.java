package app.receipts.rules;

import app.receipts.entries.Competency;
import java.util.List;
import java.util.Locale;

/** What a win's metrics say about its competency: a cost or latency cut is problem solving. */
final class MetricHints {
  private MetricHints() {}

  static void add(List<Metric> metrics, double[] score) {
    for (Metric metric : metrics) {
      String subject = metric.subject() == null ? "" : metric.subject().toLowerCase(Locale.ROOT);
      if (subject.contains("build")
          || subject.contains("ci")
          || subject.contains("deploy")
          || subject.contains("pages")
          || subject.contains("alerts")) {
        score[Competency.CONTINUOUS_IMPROVEMENT.ordinal()] += 1;
      } else if (metric.direction() == Metric.Direction.BETTER
          && metric.dimension() != Metric.Dimension.COUNT) {
        score[Competency.PROBLEM_SOLVING.ordinal()] += 2;
      }
    }
  }
}
