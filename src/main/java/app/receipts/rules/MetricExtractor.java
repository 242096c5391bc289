package app.receipts.rules;

import app.receipts.rules.Metric.Bound;
import app.receipts.rules.Metric.Dimension;
import app.receipts.rules.Metric.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Every measured quantity in a win, deterministically: from → to pairs first ("from 1.8s to 210ms",
 * "4 weeks instead of 9"), then words that are a ratio ("halved", "by half"), then the single
 * quantities, read as a change ("cut by 65%", "shaved 120ms off", "−$14k/month") or a plain
 * quantity ("onboarded 4 teams", "under 10 minutes").
 */
final class MetricExtractor {
  private MetricExtractor() {}

  static List<Metric> extract(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return extract(Tokenizer.tokens(text));
  }

  static List<Metric> extract(List<Token> tokens) {
    List<Quantity> quantities = quantities(tokens);
    List<Metric> metrics = new ArrayList<>(2);
    boolean[] used = new boolean[quantities.size()];
    Pairs.read(tokens, quantities, used, metrics);
    int pairs = metrics.size();
    Ratios.read(tokens, quantities, metrics, pairs > 0);
    for (int k = 0; k < quantities.size(); k++) {
      if (!used[k]) {
        Metric single = Singles.read(tokens, quantities.get(k));
        if (single != null) {
          metrics.add(single);
        }
      }
    }
    return metrics;
  }

  private static List<Quantity> quantities(List<Token> tokens) {
    List<Quantity> out = new ArrayList<>(4);
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.isNumber()
          || t.isWord()
              && (Units.numberWord(t.lower()) != null || t.is("a") || t.is("an") || t.is("zero"))) {
        Quantity q = QuantityReader.read(tokens, i);
        if (q != null) {
          out.add(q);
          i = Math.max(i, q.end() - 1);
        }
      }
    }
    return out;
  }

  static Metric metric(
      String subject,
      Double before,
      Double after,
      Double delta,
      Double value,
      Dimension dimension,
      String unit,
      Period period,
      Bound bound) {
    Metric.Direction direction = Directions.of(subject, before, after, delta, dimension, unit);
    return new Metric(
        subject, before, after, delta, value, dimension, unit, direction, period, bound);
  }
}
