package app.receipts.rules;

import app.receipts.rules.Metric.Dimension;
import app.receipts.rules.Metric.Period;
import java.util.List;
import java.util.Set;

/** Reads the quantity that starts with the number at a token, or says it is not one. */
final class QuantityReader {

  private static final Set<String> OWNERS = Set.of("my", "our", "the", "his", "her", "their");

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
    if ((number.is("a")
            || number.is("an")
            || number.is("one")
            || number.is("the")
            || number.is("every"))
        && at + 1 < tokens.size()) {
      return OneUnit.oneUnit(tokens, at);
    }
    if ((number.is("zero") || number.is("none") || number.is("nothing"))
        && at > 0
        && tokens.get(at - 1).is("to")) {
      return new Quantity(0, null, "", null, at, at + 1, 0, -1, -1);
    }
    if (number.isNumber()) {
      amount = Scales.parse(number.text());
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
    i = Scales.skipHyphen(tokens, i);
    if (i < tokens.size() && tokens.get(i).is("+") && tokens.get(i).glued()) {
      i++;
    }
    Token next = i < tokens.size() ? tokens.get(i) : null;
    Double scale = next == null ? null : Scales.scaleAt(tokens, i, currency != null);
    if (scale != null) {
      amount *= scale;
      i = Scales.skipHyphen(tokens, i + 1);
      next = i < tokens.size() ? tokens.get(i) : null;
    }
    if (currency != null) {
      int unitEnd = i;
      if (next != null
          && Units.unit(next.lower()) != null
          && Units.unit(next.lower()).dimension() == Dimension.MONEY) {
        unitEnd++;
      }
      return Periods.withPeriod(tokens, amount, Dimension.MONEY, currency, start, unitEnd, sign);
    }
    if (next == null) {
      // "… crossed 120k": a scaled number is an amount even at the end
      Dimension counted = scale != null ? Dimension.COUNT : null;
      return new Quantity(amount, counted, "", null, start, i, sign, -1, -1);
    }
    int secondsPart = next.glued() ? WordUnits.secondsAfterMinutes(next.lower()) : -1;
    if (secondsPart >= 0) {
      // "3m40s": minutes and seconds in one word
      return Periods.withPeriod(
          tokens, amount * 60 + secondsPart, Dimension.DURATION, "m", start, i + 1, sign);
    }
    int minutes = next.glued() ? WordUnits.minutesAfterHours(next.lower()) : -1;
    if (minutes >= 0) {
      // "1h40m": hours and minutes in one word
      double seconds = amount * 3600 + minutes * 60.0;
      return Periods.withPeriod(tokens, seconds, Dimension.DURATION, "h", start, i + 1, sign);
    }
    if (next.is("percentage")
        && i + 1 < tokens.size()
        && tokens.get(i + 1).lower().startsWith("point")) {
      return Periods.withPeriod(tokens, amount, Dimension.PERCENT, "pp", start, i + 2, sign);
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
        return Periods.withPeriod(
            tokens, amount * unit.size(), unit.dimension(), next.text(), start, i + 1, sign);
      }
    }
    if (next.is("times")
        && i + 1 < tokens.size()
        && COMPARATIVES.contains(tokens.get(i + 1).lower())) {
      return new Quantity(amount, Dimension.RATIO, "x", null, start, i + 1, sign, -1, -1);
    }
    if (Units.RATES.contains(next.lower())) {
      Period period = next.is("rpm") ? Period.MINUTE : Period.SECOND;
      return new Quantity(
          amount, Dimension.COUNT, next.text(), period, start, i + 1, sign, i, i + 1);
    }
    int[] rate = WordUnits.rateNoun(tokens, i);
    if (rate != null) {
      // "3.6k req/s", "40 msg/min": a rate; the words around it say of what
      return new Quantity(
          amount,
          Dimension.COUNT,
          tokens.get(i).text(),
          Period.values()[rate[0]],
          start,
          rate[1],
          sign,
          -1,
          -1);
    }
    int[] noun = Nouns.countNoun(tokens, i);
    if (noun != null) {
      Period period = null;
      int end = noun[1];
      int[] per = Periods.periodAt(tokens, end);
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
    int[] partOf = partOf(tokens, i);
    if (partOf != null) {
      return new Quantity(
          amount, Dimension.COUNT, "", null, start, partOf[1], sign, partOf[0], partOf[1]);
    }
    int[] referred = referredNoun(tokens, start, i);
    if (referred != null) {
      return new Quantity(
          amount, Dimension.COUNT, "", null, start, i + 2, sign, referred[0], referred[1]);
    }
    if (word) {
      return null;
    }
    int[] per = Periods.periodAt(tokens, i);
    if (per != null) {
      return new Quantity(
          amount, Dimension.COUNT, "", Period.values()[per[0]], start, per[1], sign, -1, -1);
    }
    if (scale != null) {
      // "~9k at peak", "load-tested it to 5k": a scaled number is an amount, never a name
      return new Quantity(amount, Dimension.COUNT, "", null, start, i, sign, -1, -1);
    }
    return new Quantity(amount, null, "", null, start, i, sign, -1, -1);
  }

  /**
   * "promoted 2 of my reports", "3 of our services": the counted noun after "of my"; and "closed 9
   * of the 11 high findings", "3 of 4 teams": the part is the count, of the noun after the whole.
   */
  private static int[] partOf(List<Token> tokens, int i) {
    if (i + 2 >= tokens.size() || !tokens.get(i).is("of")) {
      return null;
    }
    int at = OWNERS.contains(tokens.get(i + 1).lower()) ? i + 2 : i + 1;
    if (at + 1 < tokens.size() && tokens.get(at).isNumber() && !tokens.get(at).glued()) {
      return Nouns.countNoun(tokens, at + 1);
    }
    return at == i + 1 ? null : Nouns.countNoun(tokens, at);
  }

  /**
   * "deprecated the legacy Hive tables, 210 of them", "rotated every deploy key, 310 of them": the
   * noun the count refers back to, a plural if there is one.
   */
  private static int[] referredNoun(List<Token> tokens, int start, int i) {
    if (i + 1 >= tokens.size()
        || !tokens.get(i).is("of")
        || !(tokens.get(i + 1).is("them") || tokens.get(i + 1).is("those"))) {
      return null;
    }
    int fallback = -1;
    for (int j = start - 1; j >= 0 && j >= start - 8; j--) {
      Token t = tokens.get(j);
      if (t.is(".") || t.is(";") || t.is("!") || t.is("?")) {
        break;
      }
      if (fallback < 0
          && t.isWord()
          && SubjectWords.content(t)
          && j + 1 < start
          && tokens.get(j + 1).is(",")) {
        fallback = j;
      }
      if (t.isWord() && !Nouns.STOP.contains(t.lower()) && Nouns.plural(t)) {
        int from = j;
        while (from > 0
            && j - from < 2
            && tokens.get(from - 1).isWord()
            && !Nouns.STOP.contains(tokens.get(from - 1).lower())
            && !Words.isVerb(tokens.get(from - 1))) {
          from--;
        }
        return new int[] {from, j + 1};
      }
    }
    if (fallback >= 0) {
      int from = fallback;
      while (from > 0 && fallback - from < 2 && SubjectWords.content(tokens.get(from - 1))) {
        from--;
      }
      return new int[] {from, fallback + 1};
    }
    return null;
  }
}
