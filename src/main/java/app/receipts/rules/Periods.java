package app.receipts.rules;

import app.receipts.rules.Metric.Dimension;
import app.receipts.rules.Metric.Period;
import java.util.List;

/** The period after a quantity: "/month", "per week", "a day", "each sprint", "monthly". */
final class Periods {
  private Periods() {}

  static Quantity withPeriod(
      List<Token> tokens,
      double amount,
      Dimension dimension,
      String unit,
      int start,
      int end,
      int sign) {
    int[] per = periodAt(tokens, end);
    if (per == null) {
      return new Quantity(amount, dimension, unit, null, start, end, sign, -1, -1);
    }
    return new Quantity(
        amount, dimension, unit, Period.values()[per[0]], start, per[1], sign, -1, -1);
  }

  /** "/month", "per week", "a day", "each sprint", "monthly": the period ordinal and the end. */
  static int[] periodAt(List<Token> tokens, int i) {
    if (i >= tokens.size()) {
      return null;
    }
    Token t = tokens.get(i);
    Period adverb = Units.adverb(t.lower());
    if (adverb != null) {
      return new int[] {adverb.ordinal(), i + 1};
    }
    boolean joiner =
        t.is("/") || t.is("per") || t.is("a") || t.is("an") || t.is("each") || t.is("every");
    if (!joiner || i + 1 >= tokens.size()) {
      return null;
    }
    Token word = tokens.get(i + 1);
    Period period = Units.period(word.lower());
    if (period == null || (t.is("/") && !word.glued())) {
      return null;
    }
    return new int[] {period.ordinal(), i + 2};
  }
}
