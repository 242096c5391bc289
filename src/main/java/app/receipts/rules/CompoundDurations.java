package app.receipts.rules;

import app.receipts.rules.Metric.Dimension;
import java.util.List;
import java.util.Locale;

/**
 * One duration written in two units: "1 hour 15 minutes", "2 hours and 40 minutes", "1 hr 15 min",
 * and "2 hours 40" (minutes left unsaid). Read apart, "from 1 hour 15 minutes to 20 minutes" paired
 * 15 min with 20 min, a build that got slower.
 */
final class CompoundDurations {
  private static final double HOUR = 3600;

  private CompoundDurations() {}

  /** {@code first} with the smaller unit that follows it added, or {@code first} unchanged. */
  static Quantity extend(List<Token> tokens, Quantity first) {
    double firstUnit = unitSize(first);
    if (first.dimension() != Dimension.DURATION || first.period() != null || firstUnit <= 0) {
      return first;
    }
    int at = first.end();
    if (at < tokens.size() && tokens.get(at).is("and")) {
      at++;
    }
    if (at >= tokens.size() || !tokens.get(at).isNumber()) {
      return first;
    }
    Quantity second = QuantityReader.read(tokens, at);
    if (second == null || second.sign() != first.sign() && second.sign() != 0) {
      return first;
    }
    double added;
    if (second.bare()) {
      // "2 hours 40": minutes, straight after the hours, and fewer than an hour's worth
      if (at != first.end() || firstUnit != HOUR || second.amount() >= 60) {
        return first;
      }
      added = second.amount() * 60;
    } else if (second.dimension() == Dimension.DURATION && second.period() == null) {
      double secondUnit = unitSize(second);
      if (secondUnit <= 0 || secondUnit >= firstUnit || second.amount() >= firstUnit) {
        return first;
      }
      added = second.amount();
    } else {
      return first;
    }
    return new Quantity(
        first.amount() + added,
        Dimension.DURATION,
        first.unit(),
        null,
        first.start(),
        second.end(),
        first.sign(),
        -1,
        -1);
  }

  private static double unitSize(Quantity q) {
    if (q.unit() == null) {
      return -1;
    }
    Units.Unit unit = Units.unit(q.unit().toLowerCase(Locale.ROOT));
    return unit == null ? -1 : unit.size();
  }
}
