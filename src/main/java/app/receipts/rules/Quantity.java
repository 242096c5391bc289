package app.receipts.rules;

import app.receipts.rules.Metric.Dimension;
import app.receipts.rules.Metric.Period;

/**
 * A number as written, with its unit. {@code dimension} is null for a bare number; a count has a
 * noun ({@code nounStart}..{@code nounEnd}, token indexes, end exclusive). {@code sign} is -1 or +1
 * when a minus or plus is written before it, else 0.
 */
record Quantity(
    double amount,
    Dimension dimension,
    String unit,
    Period period,
    int start,
    int end,
    int sign,
    int nounStart,
    int nounEnd) {

  boolean bare() {
    return dimension == null;
  }

  boolean hasNoun() {
    return nounStart >= 0;
  }

  /** This bare number read in the unit of another ("from 30 pages a week to 4"). */
  Quantity inUnitOf(Quantity other, double scale) {
    return new Quantity(
        amount * scale, other.dimension, other.unit, other.period, start, end, sign, -1, -1);
  }
}
