package app.receipts.rules;

import app.receipts.rules.Metric.Dimension;
import java.util.List;
import java.util.Set;

/**
 * Time "of" some work that the win made go away: "~4 hours a week of toil gone", "20 hours of
 * manual checks eliminated". Not the span the work took ("3 years of events"): the noun phrase
 * after "of" ends in a word saying it went away. A negative delta on what went away.
 */
final class TimeGone {
  private static final Set<String> GONE =
      Set.of("gone", "eliminated", "removed", "saved", "automated", "avoided");

  /** How far past "of" the going-away word may stand. */
  private static final int REACH = 5;

  private TimeGone() {}

  /** The index of the going-away word after "{@code q} of …", or -1. */
  static int gone(List<Token> tokens, Quantity q) {
    if (q.dimension() != Dimension.DURATION
        || q.end() + 1 >= tokens.size()
        || !tokens.get(q.end()).is("of")) {
      return -1;
    }
    for (int i = q.end() + 1; i < tokens.size() && i <= q.end() + REACH; i++) {
      Token t = tokens.get(i);
      if (GONE.contains(t.lower())) {
        return i;
      }
      if (!t.isWord() && !t.is("-")) {
        return -1;
      }
    }
    return -1;
  }

  /** The metric of "N of X gone", or null when {@code q} is not one. */
  static Metric read(List<Token> tokens, Quantity q) {
    int gone = gone(tokens, q);
    if (gone < 0) {
      return null;
    }
    String subject = ForwardSubjects.forwards(tokens, q.end() + 1);
    String word = " " + tokens.get(gone).text();
    int cut = subject.indexOf(word);
    if (cut >= 0) {
      // "toil gone": the work, without the word that says it went
      subject = subject.substring(0, cut);
    }
    if (subject.isEmpty()) {
      return null;
    }
    return MetricExtractor.metric(
        subject, null, null, -q.amount(), null, q.dimension(), q.unit(), q.period(), null);
  }
}
