package app.receipts.rules;

import app.receipts.rules.Metric.Dimension;
import java.util.List;

/** One quantity on its own: a change ("cut by 65%", "shaved 120ms off") or a plain amount. */
final class Singles {
  private static final java.util.Set<String> SHRINKING =
      java.util.Set.of("fewer", "less", "smaller", "lower", "cheaper", "shorter", "lighter");

  private Singles() {}

  static Metric read(List<Token> tokens, Quantity q) {
    if (q.bare()) {
      return countChange(tokens, q);
    }
    if (q.amount() == 0 && q.sign() == 0) {
      return null;
    }
    if (NotMetrics.describesHow(tokens, q) || Settings.framing(tokens, q)) {
      return null;
    }
    Metric gone = TimeGone.read(tokens, q);
    if (gone != null) {
      return gone;
    }
    Movement m = Movement.of(tokens, q);
    if (q.dimension() == Dimension.COUNT
        && !q.hasNoun()
        && m.sign() == 0
        && q.unit().isEmpty()
        && q.period() != null) {
      // "~900/day" alone says nothing of what; a rate unit ("req/s"), a scale ("9k") or a
      // movement ("disputes are down 30 per month") does
      return null;
    }
    int sign = m.sign();
    String subject = SingleSubjects.of(tokens, q, m);
    if (q.dimension() == Dimension.RATIO) {
      // "10x fewer re-renders", "3x less memory": what remains is a tenth, a third
      boolean less =
          q.end() < tokens.size()
              && SHRINKING.contains(tokens.get(q.end()).lower())
              && q.amount() > 1;
      double ratio = less ? 1 / q.amount() : q.amount();
      return MetricExtractor.metric(
          subject, null, null, null, ratio, q.dimension(), q.unit(), q.period(), null);
    }
    if (sign != 0 && Points.isPoints(tokens, q)) {
      return Points.change(tokens, q, m, sign);
    }
    if (sign != 0) {
      return MetricExtractor.metric(
          subject, null, null, sign * q.amount(), null, q.dimension(), q.unit(), q.period(), null);
    }
    if (Policies.policy(tokens, q.start())) {
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
        Changes.bound(tokens, q));
  }

  /** "reduced the number of open Sev3 bugs by 120": a bare number after a change's "by". */
  private static Metric countChange(List<Token> tokens, Quantity q) {
    int by = q.start() - 1;
    if (by < 1
        || !tokens.get(by).is("by")
        || !Changes.changeBefore(tokens, by)
        || q.amount() == 0) {
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
        Changes.changeSign(tokens, by) * q.amount(),
        null,
        Dimension.COUNT,
        "",
        null,
        null);
  }
}
