package app.receipts.rules;

import app.receipts.rules.Metric.Dimension;
import java.util.List;
import java.util.Set;

/**
 * "NPS up 9 points", "7-day retention up 4 points": points are the unit of the score or rate that
 * stands before them, not a thing counted; a rate's points are percentage points.
 */
final class Points {
  private static final Set<String> POINTS = Set.of("points", "pts", "point");
  private static final Set<String> RATES =
      Set.of(
          "rate",
          "retention",
          "conversion",
          "share",
          "margin",
          "adoption",
          "coverage",
          "ctr",
          "churn",
          "uptime",
          "availability",
          "utilization",
          "utilisation",
          "accuracy");

  private Points() {}

  static boolean isPoints(List<Token> tokens, Quantity q) {
    return q.hasNoun()
        && q.nounEnd() - q.nounStart() == 1
        && POINTS.contains(tokens.get(q.nounStart()).lower());
  }

  static Metric change(List<Token> tokens, Quantity q, Movement m, int sign) {
    String subject = Subjects.find(tokens, m.lead(), q.end());
    if (subject.isEmpty()) {
      subject = tokens.get(q.nounStart()).text();
    }
    int space = subject.lastIndexOf(' ');
    String head =
        (space < 0 ? subject : subject.substring(space + 1)).toLowerCase(java.util.Locale.ROOT);
    Dimension dimension = RATES.contains(head) ? Dimension.PERCENT : Dimension.COUNT;
    String unit = dimension == Dimension.PERCENT ? "pp" : "";
    return MetricExtractor.metric(
        subject, null, null, sign * q.amount(), null, dimension, unit, q.period(), null);
  }
}
