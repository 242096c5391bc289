package app.receipts.rules;

import app.receipts.rules.Metric.Dimension;
import java.util.List;
import java.util.Set;

/**
 * What a single quantity measured: its counted noun ("4 teams"), the object of its verb ("shaved
 * 120ms off the p99"), what the saving was on, what follows "of", the deadline it beat, or the
 * words around it.
 */
final class SingleSubjects {
  private static final Set<String> COMPARATIVES =
      Set.of(
          "less", "fewer", "more", "faster", "slower", "lower", "higher", "cheaper", "smaller",
          "quicker");
  private static final Set<String> EARLY =
      Set.of("early", "ahead", "earlier", "sooner", "before", "late", "late.");

  private static final Set<String> DETERMINERS = Set.of("the", "our", "their", "its", "this");

  private SingleSubjects() {}

  static String of(List<Token> tokens, Quantity q, Movement m) {
    int prev = m.prev();
    int lead = m.lead();
    int sign = m.sign();
    boolean verbObject = m.verbObject();
    int saver = m.saver();
    Token before = prev >= 0 ? tokens.get(prev) : null;
    Token after = q.end() < tokens.size() ? tokens.get(q.end()) : null;
    String subject;
    if (saver >= 0 && q.dimension() == Dimension.DURATION) {
      subject = timeSaved(tokens, saver, q.start());
    } else if (saver >= 0) {
      subject = ClauseSubjects.clauseObject(tokens, saver);
      if (subject.isEmpty()) {
        subject = Subjects.find(tokens, saver, q.end());
      }
    } else if (q.hasNoun()) {
      subject =
          SubjectWords.text(tokens, q.nounStart(), q.nounEnd())
              + perWhat(tokens, q)
              + whatHappened(tokens, q);
      if (before != null
          && Words.isVerb(before)
          && !Words.PARTICLES.contains(before.lower())
          && !Words.PRESENT.contains(before.lower())
          && !Words.LIGHT_VERBS.contains(before.lower())
          && prev == q.start() - 1) {
        subject = subject + " " + before.lower();
      }
    } else if (verbObject
        && before.lower().startsWith("sav")
        && !byDoing(tokens, q.end()).isEmpty()) {
      // "saved $14k/month by moving the log pipeline to S3": what cost less is what was moved
      subject = byDoing(tokens, q.end()) + " cost";
    } else if (verbObject
        && before.lower().startsWith("sav")
        && ForwardSubjects.forwards(tokens, q.end()).isEmpty()) {
      // "moved the staging clusters to spot, saving $9.5k a month": what cost less
      subject = ClauseSubjects.clauseObject(tokens, prev);
    } else if (verbObject && !BackwardSubjects.backwards(tokens, prev).isEmpty()) {
      // "latency at p99 fell 45% on the payments API": the verb's subject stands before it
      subject = Subjects.find(tokens, prev + 1, q.end());
    } else if (verbObject) {
      subject = ForwardSubjects.forwards(tokens, q.end());
      if (subject.isEmpty()) {
        subject = Subjects.find(tokens, lead, q.end());
      }
    } else if (after != null
        && after.is("of")
        && q.dimension() == Dimension.PERCENT
        && before != null
        && (before.is("at") || before.is("to"))
        && !Subjects.find(tokens, lead, q.end()).isEmpty()) {
      // "enrollment at 98% of staff", "burn fell to 20% of the budget": the level of what
      // stands before
      subject = Subjects.find(tokens, lead, q.end());
    } else if (after != null
        && after.is("of")
        && q.dimension() == Dimension.PERCENT
        && !ForwardSubjects.forwards(tokens, q.end() + 1).isEmpty()) {
      subject = ForwardSubjects.forwards(tokens, q.end() + 1);
    } else if (after != null
        && (q.dimension() == Dimension.RATIO || q.dimension() == Dimension.PERCENT)
        && (after.is("less") || after.is("fewer") || after.is("more"))
        && !ForwardSubjects.forwards(tokens, q.end() + 1).isEmpty()) {
      // "3x less memory", "10x fewer re-renders", "41% fewer drop-offs": the noun after the
      // comparative was measured
      subject = ForwardSubjects.forwards(tokens, q.end() + 1);
    } else if (after != null
        && q.dimension() == Dimension.RATIO
        && COMPARATIVES.contains(after.lower())
        && !Subjects.find(tokens, lead, q.end()).isEmpty()) {
      subject = Subjects.find(tokens, lead, q.end());
    } else if (after != null
        && (q.dimension() == Dimension.PERCENT || q.dimension() == Dimension.RATIO)
        && sign == 0
        && !ForwardSubjects.forwards(tokens, q.end()).isEmpty()
        && after.isWord()
        && !Nouns.STOP.contains(after.lower())) {
      subject = ForwardSubjects.forwards(tokens, q.end());
    } else if (before != null
        && prev == q.start() - 1
        && DETERMINERS.contains(before.lower())
        && after != null
        && SubjectWords.content(after)) {
      // "unblocked the €1.1M renewal", "a 40 GB snapshot": the amount describes the noun after it
      subject = ForwardSubjects.forwards(tokens, q.end());
    } else if (after != null && EARLY.contains(after.lower())) {
      // "shipped it a week early", "three days ahead of the deadline"
      subject =
          Subjects.find(tokens, lead, q.end(), true)
              + " "
              + SubjectWords.text(tokens, q.end(), Math.min(tokens.size(), q.end() + 4));
    } else if (sign != 0
        && prev == q.start() - 1
        && before != null
        && Words.isVerb(before)
        && after != null
        && COMPARATIVES.contains(after.lower())
        && BackwardSubjects.backwards(tokens, prev).isEmpty()) {
      // "paged 60% less": what moved is the verb itself
      subject = before.lower();
    } else {
      subject =
          Subjects.find(tokens, lead, q.end(), q.dimension() == Dimension.DURATION && sign == 0);
    }
    if (subject.isEmpty()
        && after != null
        && after.is("of")
        && q.dimension() != Dimension.DURATION
        && !ForwardSubjects.forwards(tokens, q.end() + 1).isEmpty()) {
      // "deleted 1.6 PB of orphaned parquet": what the amount was of
      subject = ForwardSubjects.forwards(tokens, q.end() + 1);
    }
    return subject;
  }

  /** The object of "by moving the log pipeline …" after an amount, or "". */
  private static String byDoing(List<Token> tokens, int end) {
    if (end + 2 >= tokens.size()
        || !tokens.get(end).is("by")
        || !tokens.get(end + 1).lower().endsWith("ing")) {
      return "";
    }
    int n = end + 2;
    while (n < tokens.size() && DETERMINERS.contains(tokens.get(n).lower())) {
      n++;
    }
    return ForwardSubjects.forwards(tokens, n);
  }

  /** What a subject of people's time given back says; such a metric displays without a minus. */
  static final String TIME_SAVED = "time saved";

  /**
   * "took handover to a workflow, saves each person 30 min a week" → "handover time saved for each
   * person": what the time was spent on, and for whom it was saved.
   */
  private static String timeSaved(List<Token> tokens, int saver, int start) {
    StringBuilder who = new StringBuilder();
    for (int i = saver + 1; i < start; i++) {
      Token t = tokens.get(i);
      if (t.isWord() && !t.is("back") && !t.is("about") && !t.is("around")) {
        who.append(' ').append(t.text());
      }
    }
    String beneficiary = who.toString().strip();
    String saved =
        beneficiary.isEmpty()
                || beneficiary.equalsIgnoreCase("us")
                || beneficiary.equalsIgnoreCase("me")
            ? TIME_SAVED
            : TIME_SAVED + " for " + beneficiary;
    // what the time went on before: the object of the clause's verb, without the verb
    String object = ClauseSubjects.clauseObject(tokens, saver);
    int space = object.indexOf(' ');
    if (space < 0) {
      // "release notes automation saves PMs 2 hours": what saves it names where the time went
      String saving = BackwardSubjects.backwards(tokens, saver);
      return saving.isEmpty() ? saved : saving + " " + saved;
    }
    return object.substring(space + 1) + " " + saved;
  }

  /**
   * " per deploy" for "0.3 incidents per deploy", " per PR" for "2 reviewers per PR": what a
   * counted ratio is taken against; empty when nothing, or a period ("per week"), follows the noun.
   */
  private static String perWhat(List<Token> tokens, Quantity q) {
    int per = q.nounEnd();
    if (q.period() != null
        || per + 1 >= tokens.size()
        || !tokens.get(per).is("per")
        || Units.period(tokens.get(per + 1).lower()) != null) {
      return "";
    }
    String what = SubjectWords.text(tokens, per + 1, nounPhraseEnd(tokens, per + 1));
    return what.isEmpty() ? "" : " per " + what;
  }

  private static final Set<String> PASSIVE_AUXILIARIES =
      Set.of("got", "get", "were", "was", "are", "is", "have", "has", "had", "been", "all");

  /**
   * " promoted" for "4 people used it and 3 of them got promoted": a count that refers back ("N of
   * them") is named by what happened to those it counts; "" otherwise.
   */
  private static String whatHappened(List<Token> tokens, Quantity q) {
    int end = q.end();
    if (end < 2 || end > tokens.size() || !tokens.get(end - 2).is("of")) {
      return "";
    }
    if (!tokens.get(end - 1).is("them") && !tokens.get(end - 1).is("those")) {
      return "";
    }
    int i = end;
    while (i < tokens.size()
        && i - end < 3
        && PASSIVE_AUXILIARIES.contains(tokens.get(i).lower())) {
      i++;
    }
    if (i >= tokens.size()) {
      return "";
    }
    Token verb = tokens.get(i);
    return verb.isWord() && verb.lower().endsWith("ed") && Words.isVerb(verb)
        ? " " + verb.lower()
        : "";
  }

  /** The token after a short noun phrase starting at {@code from} (at most three words). */
  private static int nounPhraseEnd(List<Token> tokens, int from) {
    int end = from;
    while (end < tokens.size()
        && end < from + 3
        && tokens.get(end).isWord()
        && !Nouns.STOP.contains(tokens.get(end).lower())) {
      end++;
    }
    return end;
  }
}
