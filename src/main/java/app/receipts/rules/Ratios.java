package app.receipts.rules;

import app.receipts.rules.Metric.Dimension;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Changes written as words: "halved", "doubled", "cut by half", "by a third". */
final class Ratios {
  private static final Map<String, Double> VERBS =
      Map.of(
          "halved",
          0.5,
          "doubled",
          2.0,
          "tripled",
          3.0,
          "quadrupled",
          4.0,
          "halving",
          0.5,
          "doubling",
          2.0);
  private static final Map<String, Double> FRACTIONS =
      Map.of("half", 0.5, "third", 1.0 / 3, "quarter", 0.25, "thirds", 2.0 / 3);

  /** Words between a subject and its ratio verb: "test durations roughly halved". */
  private static final Set<String> HEDGES =
      Set.of(
          "roughly",
          "nearly",
          "almost",
          "about",
          "~",
          "approximately",
          "basically",
          "effectively",
          "more",
          "than",
          "has",
          "have",
          "was",
          "were",
          "got",
          "been",
          "is",
          "just");

  /** Verbs a share of something follows: "uses half the executors", "is a third of the size". */
  private static final Set<String> SHARE_VERBS =
      Set.of(
          "uses", "use", "using", "used", "needs", "need", "takes", "take", "is", "are", "was",
          "now", "at", "with", "in", "runs", "costs");

  private Ratios() {}

  /**
   * The subject of "uses half the executors", "code is half the size", "uses a third of the CPU":
   * the noun after the fraction, when a verb of having or being stands before it; else null.
   */
  private static String shareOf(List<Token> tokens, int i, double fraction) {
    int pre = tokens.get(i - 1).is("a") || tokens.get(i - 1).is("one") ? i - 2 : i - 1;
    if (pre < 0 || !SHARE_VERBS.contains(tokens.get(pre).lower())) {
      return null;
    }
    if (pre == i - 1 && fraction != 0.5) {
      return null;
    }
    int n = i + 1;
    if (n < tokens.size() && tokens.get(n).is("of")) {
      n++;
    }
    if (n < tokens.size()
        && (tokens.get(n).is("the") || tokens.get(n).is("its") || tokens.get(n).is("our"))) {
      n++;
    }
    if (n == i + 1 || n >= tokens.size() || !SubjectWords.content(tokens.get(n))) {
      return null;
    }
    String subject = ForwardSubjects.forwards(tokens, n);
    return subject.isEmpty() ? null : subject;
  }

  static void read(List<Token> tokens, List<Quantity> qs, List<Metric> out, boolean[] used) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      Double verb = VERBS.get(t.lower());
      Double fraction = verb == null ? FRACTIONS.get(t.lower()) : null;
      if (verb == null && fraction == null) {
        continue;
      }
      boolean hasPair = sameClauseAsPair(tokens, qs, used, i);
      if (verb != null && !hasPair && !inside(qs, i)) {
        // "ANR rate halved after …" measures what stands before; "halved the p99" what follows
        int back = i;
        while (back > 0 && HEDGES.contains(tokens.get(back - 1).lower())) {
          back--;
        }
        String subject = BackwardSubjects.backwards(tokens, back);
        if (subject.isEmpty()) {
          subject = ForwardSubjects.forwards(tokens, i + 1);
        }
        out.add(
            MetricExtractor.metric(
                subject, null, null, null, verb, Dimension.RATIO, t.lower(), null, null));
        continue;
      }
      if (fraction == null || i == 0 || hasPair) {
        continue;
      }
      String share = shareOf(tokens, i, fraction);
      if (share != null) {
        out.add(
            MetricExtractor.metric(
                share, null, null, null, fraction, Dimension.RATIO, t.lower(), null, null));
        continue;
      }
      Token previous = tokens.get(i - 1);
      boolean byHalf =
          (previous.is("by") || previous.is("in") || previous.is("on") || previous.is("to"))
              && fraction == 0.5;
      if (fraction == 0.5 && (previous.is("on") || previous.is("to"))) {
        String subject = ForwardSubjects.forwards(tokens, i + 1);
        if (subject.isEmpty()) {
          continue;
        }
        out.add(
            MetricExtractor.metric(
                subject, null, null, null, fraction, Dimension.RATIO, t.lower(), null, null));
        continue;
      }
      boolean byPart =
          previous.is("a") || previous.is("one") || previous.is("two") && t.is("thirds");
      if (!byHalf && !byPart) {
        continue;
      }
      int lead = previous.is("by") || previous.is("in") ? i - 1 : i - 1;
      if (byPart && i >= 2 && (tokens.get(i - 2).is("by") || movement(tokens.get(i - 2)))) {
        lead = i - 2;
      }
      if (byPart && !(lead < i - 1) && !nearChange(tokens, i)) {
        continue;
      }
      String subject = Subjects.find(tokens, lead, i + 1);
      if (subject.isEmpty()) {
        subject = ForwardSubjects.forwards(tokens, i + 1);
      }
      if ((tokens.get(lead).is("by") || movement(tokens.get(lead))) && fraction != 0.5) {
        // "cut by a third", "incidents down a third": a relative change, not a multiplier
        double percent = Math.round(fraction * 1000) / 10.0;
        int sign = tokens.get(lead).is("up") || upBefore(tokens, lead) ? 1 : -1;
        out.add(
            MetricExtractor.metric(
                subject, null, null, sign * percent, null, Dimension.PERCENT, "%", null, null));
        continue;
      }
      out.add(
          MetricExtractor.metric(
              subject, null, null, null, fraction, Dimension.RATIO, t.lower(), null, null));
    }
  }

  /**
   * "from 40 to 20, halved" restates the pair; "spend from $58k to $36k, and queue time halved" is
   * a second metric. The same clause is no break (a comma, "and", a full stop) in between.
   */
  private static boolean sameClauseAsPair(
      List<Token> tokens, List<Quantity> qs, boolean[] used, int i) {
    for (int k = 0; k < qs.size(); k++) {
      if (!used[k]) {
        continue;
      }
      Quantity q = qs.get(k);
      int from = Math.min(q.end(), i);
      int to = Math.max(q.start(), i);
      boolean broken = false;
      for (int j = from; j < to; j++) {
        Token t = tokens.get(j);
        if (t.is(",") || t.is(";") || t.is(".") || t.is("and") || t.is("—") || t.is("!")) {
          broken = true;
          break;
        }
      }
      if (!broken) {
        return true;
      }
    }
    return false;
  }

  private static boolean movement(Token t) {
    return t.is("down") || t.is("up");
  }

  private static boolean upBefore(List<Token> tokens, int i) {
    for (int j = i - 1; j >= 0 && j >= i - 6; j--) {
      if (Words.UP_VERBS.contains(tokens.get(j).lower())) {
        return true;
      }
      if (Words.DOWN_VERBS.contains(tokens.get(j).lower())) {
        return false;
      }
    }
    return false;
  }

  private static boolean nearChange(List<Token> tokens, int i) {
    for (int j = i - 1; j >= 0 && j >= i - 6; j--) {
      Token t = tokens.get(j);
      if (Words.DOWN_VERBS.contains(t.lower()) || Words.UP_VERBS.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean inside(List<Quantity> qs, int i) {
    for (Quantity q : qs) {
      if (i >= q.start() && i < q.end()) {
        return true;
      }
    }
    return false;
  }
}
