package app.receipts.rules;

import app.receipts.rules.Metric.Dimension;
import app.receipts.rules.Metric.Period;
import java.util.List;
import java.util.Set;

/** Reads the quantity that starts with the number at a token, or says it is not one. */
final class QuantityReader {
  private static final Set<String> RATE_UNITS = Set.of("rps", "qps", "tps", "rpm", "req/s");
  private static final Set<String> COMPARATIVES =
      Set.of(
          "faster", "slower", "quicker", "cheaper", "smaller", "bigger", "larger", "more", "less",
          "fewer", "higher", "lower", "better", "shorter", "longer");

  private QuantityReader() {}

  /** The quantity whose number is token {@code at}, or null. */
  static Quantity read(List<Token> tokens, int at) {
    Token number = tokens.get(at);
    double amount;
    boolean word = false;
    if ((number.is("a") || number.is("an") || number.is("one") || number.is("the"))
        && at + 1 < tokens.size()) {
      return oneUnit(tokens, at);
    }
    if ((number.is("zero") || number.is("none") || number.is("nothing"))
        && at > 0
        && tokens.get(at - 1).is("to")) {
      return new Quantity(0, null, "", null, at, at + 1, 0, -1, -1);
    }
    if (number.isNumber()) {
      amount = parse(number.text());
    } else {
      Double value = Units.numberWord(number.lower());
      if (value == null) {
        return null;
      }
      amount = value;
      word = true;
    }
    if (Double.isNaN(amount) || Noise.isNoise(tokens, at)) {
      return null;
    }
    int start = at;
    int sign = 0;
    String currency = null;
    if (at > 0 && tokens.get(at).glued() && Units.isCurrency(tokens.get(at - 1).text())) {
      currency = tokens.get(at - 1).text();
      start = at - 1;
    }
    if (start > 0 && tokens.get(start).glued()) {
      String s = tokens.get(start - 1).text();
      if (s.equals("-") || s.equals("−") || s.equals("+") || s.equals("–")) {
        sign = s.equals("+") ? 1 : -1;
        start--;
      }
      if (currency == null
          && start > 0
          && tokens.get(start).glued()
          && Units.isCurrency(tokens.get(start - 1).text())) {
        currency = tokens.get(start - 1).text();
        start--;
      }
    }
    int i = at + 1;
    i = skipHyphen(tokens, i);
    if (i < tokens.size() && tokens.get(i).is("+") && tokens.get(i).glued()) {
      i++;
    }
    Token next = i < tokens.size() ? tokens.get(i) : null;
    Double scale = next == null ? null : scaleAt(tokens, i, currency != null);
    if (scale != null) {
      amount *= scale;
      i = skipHyphen(tokens, i + 1);
      next = i < tokens.size() ? tokens.get(i) : null;
    }
    if (currency != null) {
      int unitEnd = i;
      if (next != null
          && Units.unit(next.lower()) != null
          && Units.unit(next.lower()).dimension() == Dimension.MONEY) {
        unitEnd++;
      }
      return withPeriod(tokens, amount, Dimension.MONEY, currency, start, unitEnd, sign);
    }
    if (next == null) {
      return new Quantity(amount, null, "", null, start, i, sign, -1, -1);
    }
    if (next.is("percentage")
        && i + 1 < tokens.size()
        && tokens.get(i + 1).lower().startsWith("point")) {
      return withPeriod(tokens, amount, Dimension.PERCENT, "pp", start, i + 2, sign);
    }
    Units.Unit unit = Units.unit(next.lower());
    if (unit != null && !(unit.dimension() == Dimension.RATIO && !next.glued() && word)) {
      if (unit.dimension() == Dimension.BYTES && next.text().equals("b") && !next.glued()) {
        unit = null;
      } else if (unit.dimension() == Dimension.DURATION
          && next.text().equals("m")
          && scale == null
          && !next.glued()) {
        unit = null;
      } else {
        return withPeriod(
            tokens, amount * unit.size(), unit.dimension(), next.text(), start, i + 1, sign);
      }
    }
    if (next.is("times")
        && i + 1 < tokens.size()
        && COMPARATIVES.contains(tokens.get(i + 1).lower())) {
      return new Quantity(amount, Dimension.RATIO, "x", null, start, i + 1, sign, -1, -1);
    }
    if (RATE_UNITS.contains(next.lower())) {
      Period period = next.is("rpm") ? Period.MINUTE : Period.SECOND;
      return new Quantity(
          amount, Dimension.COUNT, next.text(), period, start, i + 1, sign, i, i + 1);
    }
    int[] noun = Nouns.countNoun(tokens, i);
    if (noun != null) {
      Period period = null;
      int end = noun[1];
      int[] per = periodAt(tokens, end);
      if (per != null) {
        period = Period.values()[per[0]];
        end = per[1];
      } else if (end + 2 < tokens.size()
          && tokens.get(end).is("/")
          && tokens.get(end + 1).is("s")) {
        period = Period.SECOND;
        end += 2;
      }
      return new Quantity(amount, Dimension.COUNT, "", period, start, end, sign, noun[0], noun[1]);
    }
    if (word) {
      return null;
    }
    int[] per = periodAt(tokens, i);
    if (per != null) {
      return new Quantity(
          amount, Dimension.COUNT, "", Period.values()[per[0]], start, per[1], sign, -1, -1);
    }
    return new Quantity(amount, null, "", null, start, i, sign, -1, -1);
  }

  private static final Set<String> ONE_BEFORE =
      Set.of(
          "under", "within", "inside", "below", "than", "to", "from", "in", "about", "nearly",
          "almost");
  private static final Set<String> ONE_AFTER =
      Set.of("early", "ahead", "earlier", "late", "sooner", "faster", "before");

  /** "a week early", "under a day", "to an hour": one of the unit. */
  private static Quantity oneUnit(List<Token> tokens, int at) {
    Units.Unit unit = Units.unit(tokens.get(at + 1).lower());
    if (unit == null
        || unit.dimension() != Dimension.DURATION
        || tokens.get(at + 1).text().length() < 3) {
      return null;
    }
    boolean before = at > 0 && ONE_BEFORE.contains(tokens.get(at - 1).lower());
    if (tokens.get(at).is("the")) {
      // "within the hour"
      before = at > 0 && (tokens.get(at - 1).is("within") || tokens.get(at - 1).is("inside"));
      if (!before) {
        return null;
      }
    }
    boolean after = at + 2 < tokens.size() && ONE_AFTER.contains(tokens.get(at + 2).lower());
    if (!before && !after) {
      return null;
    }
    return new Quantity(
        unit.size(), Dimension.DURATION, tokens.get(at + 1).text(), null, at, at + 2, 0, -1, -1);
  }

  private static int skipHyphen(List<Token> tokens, int i) {
    return i + 1 < tokens.size() && tokens.get(i).is("-") && tokens.get(i).glued() ? i + 1 : i;
  }

  private static Double scaleAt(List<Token> tokens, int i, boolean money) {
    Token t = tokens.get(i);
    Double scale = Units.scale(t.lower());
    if (scale == null) {
      return null;
    }
    if (money || t.text().length() > 1 || t.text().equals("K") || t.text().equals("k")) {
      return t.text().length() == 1 && !t.glued() && !money ? null : scale;
    }
    if (t.text().equals("M") || t.text().equals("B")) {
      return t.glued() ? scale : null;
    }
    // "5m" is five minutes unless a counted noun follows: "2.4m jobs"
    return t.glued() && Nouns.countNoun(tokens, i + 1) != null ? scale : null;
  }

  private static Quantity withPeriod(
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

  static double parse(String number) {
    String digits = number.replace(",", "");
    if (digits.indexOf('.') != digits.lastIndexOf('.')) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(digits);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
