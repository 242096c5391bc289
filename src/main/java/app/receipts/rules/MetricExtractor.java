package app.receipts.rules;

import app.receipts.rules.Metric.Bound;
import app.receipts.rules.Metric.Dimension;
import app.receipts.rules.Metric.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
    Ratios.read(tokens, quantities, metrics, used);
    int changeEnd = -10;
    for (int k = 0; k < quantities.size(); k++) {
      Quantity q = quantities.get(k);
      if (used[k]) {
        changeEnd = Math.max(changeEnd, q.end());
        continue;
      }
      if (window(tokens, q, changeEnd) || k > 0 && spanAfter(tokens, quantities.get(k - 1), q)) {
        continue;
      }
      Metric single = Singles.read(tokens, q);
      if (single != null && single.value() != null && aside(tokens, changeEnd, q.start())) {
        // "cut Snowflake credits by 35% (~$18k/quarter)": the same saving, in money
        Metric change = metrics.get(metrics.size() - 1);
        single =
            metric(
                change.subject(),
                null,
                null,
                Math.signum(change.delta()) * single.value(),
                null,
                single.dimension(),
                single.unit(),
                single.period(),
                null);
      }
      if (single != null) {
        metrics.add(single);
        if (single.delta() != null) {
          changeEnd = q.end();
        }
      }
    }
    return Restatements.drop(metrics);
  }

  /**
   * "rating 4.1 → 4.7 in two months", "3 years of events": a duration that only says over what span
   * something happened.
   */
  private static boolean window(List<Token> tokens, Quantity q, int changeEnd) {
    if (q.dimension() != Dimension.DURATION || q.sign() != 0 || TimeGone.gone(tokens, q) >= 0) {
      return false;
    }
    Token before = q.start() > 0 ? tokens.get(q.start() - 1) : null;
    boolean span = before != null && (before.is("in") || before.is("over") || before.is("during"));
    if (span && q.start() - 1 - changeEnd <= 1) {
      return true;
    }
    boolean of =
        q.end() + 1 < tokens.size()
            && tokens.get(q.end()).is("of")
            && tokens.get(q.end() + 1).isWord()
            && !Nouns.STOP.contains(tokens.get(q.end() + 1).lower())
            && !(before != null && (before.is("within") || before.is("under") || before.is("in")));
    if (!of) {
      return false;
    }
    for (int i = q.start() - 1; i >= 0 && i >= q.start() - 3; i--) {
      String w = tokens.get(i).lower();
      if (Words.DOWN_VERBS.contains(w) || Words.UP_VERBS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "99.95% availability over 90 days", "2,000 signups during the last 3 weeks": a duration after
   * "over" or "during" in the clause of an earlier amount says over what span it held.
   */
  private static boolean spanAfter(List<Token> tokens, Quantity earlier, Quantity q) {
    if (q.dimension() != Dimension.DURATION
        || q.start() < 2
        || earlier.bare()
        || q.start() - earlier.end() > 6) {
      return false;
    }
    int lead = q.start() - 1;
    while (lead > earlier.end()
        && (tokens.get(lead).is("the")
            || tokens.get(lead).is("last")
            || tokens.get(lead).is("past"))) {
      lead--;
    }
    if (!(tokens.get(lead).is("over") || tokens.get(lead).is("during"))) {
      return false;
    }
    for (int i = earlier.end(); i < lead; i++) {
      if (tokens.get(i).isBreak() || Words.isVerb(tokens.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean aside(List<Token> tokens, int changeEnd, int start) {
    if (changeEnd < 0 || start - changeEnd > 3 || start <= changeEnd) {
      return false;
    }
    boolean open = false;
    for (int i = changeEnd; i < start; i++) {
      String w = tokens.get(i).lower();
      if (w.equals("(")) {
        open = true;
      } else if (!w.equals("~") && !w.equals("about") && !w.equals("roughly")) {
        return false;
      }
    }
    return open;
  }

  private static List<Quantity> quantities(List<Token> tokens) {
    List<Quantity> out = new ArrayList<>(4);
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.isNumber()
          || t.isWord()
              && (Units.numberWord(t.lower()) != null
                  || t.is("a")
                  || t.is("an")
                  || t.is("zero")
                  || t.is("none")
                  || t.is("every")
                  || t.is("nothing")
                  || t.is("the"))) {
        Quantity q = QuantityReader.read(tokens, i);
        if (q != null) {
          q = CompoundDurations.extend(tokens, q);
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
    if (subject != null && subject.lastIndexOf(' ') > 0) {
      // "logged out ~2% of users daily": the adverb is the period, not part of what was measured
      int cut = subject.lastIndexOf(' ');
      Period adverb = Units.adverb(subject.substring(cut + 1).toLowerCase(Locale.ROOT));
      if (adverb != null && (period == null || period == adverb)) {
        subject = subject.substring(0, cut).strip();
        period = adverb;
      }
    }
    Metric.Direction direction = Directions.of(subject, before, after, delta, dimension, unit);
    return new Metric(
        subject, before, after, delta, value, dimension, unit, direction, period, bound);
  }
}
