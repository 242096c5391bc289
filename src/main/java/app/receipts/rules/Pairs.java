package app.receipts.rules;

import app.receipts.rules.Metric.Dimension;
import app.receipts.rules.Metric.Period;
import java.util.List;
import java.util.Locale;

/** Two quantities that are one before and after: "from 1.8s to 210ms", "4 weeks instead of 9". */
final class Pairs {

  private Pairs() {}

  static void read(List<Token> tokens, List<Quantity> qs, boolean[] used, List<Metric> out) {
    for (int k = 0; k + 1 < qs.size(); k++) {
      Quantity first = qs.get(k);
      Quantity second = qs.get(k + 1);
      int named = PairClues.namedEnd(tokens, first, second);
      String connector =
          named > 0 ? "to" : PairClues.connector(tokens, first.end(), second.start());
      if (connector == null
          && nowBefore(tokens, second.start())
          && sameUnit(first, second)
          && !ClauseContrast.ownSubject(tokens, first.end(), second.start())
          && second.start() - first.end() <= 14) {
        connector = "now";
      }
      int loose =
          connector != null && known(connector) ? 0 : Connectors.loose(tokens, first, second);
      if (connector == null && loose == 0 || VersionPairs.isVersion(tokens, first, second)) {
        continue;
      }
      if (connector == null) {
        connector = "";
      }
      boolean from = fromBefore(tokens, first.start());
      boolean forward =
          Connectors.FORWARD.contains(connector)
              && (from
                  || Connectors.ARROWS.contains(connector)
                  || sameUnit(first, second)
                  || connector.equals("down to") && !first.bare()
                  || connector.equals("into") && first.hasNoun() && second.bare());
      boolean reverse =
          !forward
              && Connectors.REVERSE.contains(connector)
              && !(connector.equals("from") && first.bare())
              && !(connector.endsWith("from") && opensFromTo(tokens, second));
      if (!forward && !reverse && loose != 0) {
        forward = loose > 0;
        reverse = loose < 0;
      }
      if (!forward && !reverse) {
        continue;
      }
      Quantity before = forward ? first : second;
      Quantity after = forward ? second : first;
      if (before.bare() && !after.bare()) {
        before = before.inUnitOf(after, size(after));
      } else if (after.bare() && !before.bare()) {
        after = after.inUnitOf(before, size(before));
      }
      if (before.bare() && after.bare()) {
        boolean was = reverse && (connector.contains("was") || connector.contains("used to"));
        if (!from && !Connectors.ARROWS.contains(connector) && loose == 0 && !was) {
          continue;
        }
        before =
            new Quantity(
                signed(tokens, before),
                Dimension.COUNT,
                "",
                null,
                before.start(),
                before.end(),
                0,
                -1,
                -1);
        after =
            new Quantity(
                signed(tokens, after),
                Dimension.COUNT,
                "",
                null,
                after.start(),
                after.end(),
                0,
                -1,
                -1);
      }
      if (before.dimension() != after.dimension() || before.amount() == after.amount()) {
        continue;
      }
      used[k] = true;
      used[k + 1] = true;
      Metric metric = metric(tokens, first, second, before, after, from);
      if (named > 0) {
        // "from 22% failure rate to 3%": the words after the first number name it
        metric =
            MetricExtractor.metric(
                SubjectWords.text(tokens, first.end(), named),
                metric.before(),
                metric.after(),
                null,
                null,
                metric.dimension(),
                metric.unit(),
                metric.period(),
                null);
      }
      out.add(metric);
      k++;
    }
  }

  private static Metric metric(
      List<Token> tokens,
      Quantity first,
      Quantity second,
      Quantity before,
      Quantity after,
      boolean from) {
    int end = second.end();
    Period period = after.period() != null ? after.period() : before.period();
    int[] per = Periods.periodAt(tokens, end);
    if (period == null && per != null) {
      period = Period.values()[per[0]];
      end = per[1];
    }
    String subject = null;
    Quantity counted = first.hasNoun() ? first : second.hasNoun() ? second : null;
    if (counted != null && Units.RATES.contains(counted.unit().toLowerCase(Locale.ROOT))) {
      // "from 1200 rps to 4500 rps": a rate, like "req/s"; the words around it say of what
      counted = null;
    }
    int lead = from ? fromIndex(tokens, first.start()) : first.start();
    String around = Subjects.find(tokens, lead, end);
    if (counted != null) {
      String noun = SubjectWords.text(tokens, counted.nounStart(), counted.nounEnd());
      int verb = first.start() - 1;
      if (noun.equalsIgnoreCase("times") && verb >= 0 && Words.isVerb(tokens.get(verb))) {
        // "paged 30 times a week … down to 4": the verb says what happened that often
        noun = noun + " " + tokens.get(verb).lower();
      }
      subject = PairClues.measured(around) ? around : noun;
    } else {
      subject = around;
    }
    String unit = after.unit().isEmpty() ? before.unit() : after.unit();
    return MetricExtractor.metric(
        subject,
        signed(tokens, before),
        signed(tokens, after),
        null,
        null,
        before.dimension(),
        unit,
        period,
        null);
  }

  private static boolean known(String connector) {
    return Connectors.FORWARD.contains(connector) || Connectors.REVERSE.contains(connector);
  }

  private static double size(Quantity q) {
    Units.Unit unit = Units.unit(q.unit().toLowerCase(java.util.Locale.ROOT));
    return unit == null ? 1 : unit.size();
  }

  private static boolean sameUnit(Quantity a, Quantity b) {
    return a.dimension() != null
        && a.dimension() == b.dimension()
        && a.dimension() != Dimension.COUNT;
  }

  /** "… was hitting 40 minutes at peak; rebalanced partitions and it's now under 30 seconds". */
  private static boolean nowBefore(List<Token> tokens, int start) {
    for (int i = start - 1; i >= 0 && i >= start - 4; i--) {
      if (tokens.get(i).is("now")) {
        return true;
      }
    }
    return false;
  }

  static boolean fromBefore(List<Token> tokens, int start) {
    return fromIndex(tokens, start) >= 0;
  }

  /** The "from" of "from ~30", "from timing out at 30s", or -1. */
  static int fromIndex(List<Token> tokens, int start) {
    for (int i = start - 1; i >= 0 && i >= start - 4; i--) {
      Token t = tokens.get(i);
      if (t.is("from")) {
        return i;
      }
      if (!Connectors.FILLER.contains(t.lower()) && !state(tokens, i, start)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "went from timing out at 30s to 600ms", "from sitting around 80% to 35%": a progressive, and
   * its particle, between "from" and the first number say where it stood.
   */
  private static boolean state(List<Token> tokens, int i, int start) {
    Token t = tokens.get(i);
    if (Words.PARTICLES.contains(t.lower())) {
      return i > 0 && progressive(tokens.get(i - 1)) && i < start - 1;
    }
    return progressive(t) && i > 0 && tokens.get(i - 1).is("from") && i < start - 1;
  }

  private static boolean progressive(Token t) {
    return t.isWord() && t.lower().length() > 4 && t.lower().endsWith("ing");
  }

  /**
   * "sped up the suite by 40%, from 25 to 15 minutes": a number after "from" that a "to" follows
   * opens a pair of its own, so it is not the before of the number ahead of the comma.
   */
  private static boolean opensFromTo(List<Token> tokens, Quantity second) {
    int to = second.end();
    if (to >= tokens.size() || !tokens.get(to).is("to")) {
      return false;
    }
    for (int i = to + 1; i < tokens.size() && i <= to + 3; i++) {
      if (tokens.get(i).isNumber()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "eNPS from -5 to +32": a minus written onto the number (not a dash between two, as in "10-20")
   * makes a before or after below zero.
   */
  private static double signed(List<Token> tokens, Quantity q) {
    if (q.sign() >= 0 || q.start() + 1 >= tokens.size()) {
      return q.amount();
    }
    Token minus = tokens.get(q.start());
    boolean onTheNumber = tokens.get(q.start() + 1).glued();
    boolean standsAlone = q.start() == 0 || !minus.glued();
    boolean dash = minus.text().equals("-") || minus.text().equals("−");
    return dash && onTheNumber && standsAlone ? -q.amount() : q.amount();
  }
}
