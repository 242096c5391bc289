package app.receipts.rules;

import java.util.List;
import java.util.Set;

/**
 * What a metric measured, taken from the words around it: before its lead-in ("p95 checkout latency
 * from 1.8s to 210ms", "error rate on the notifications service went from …"), else after it
 * ("shaved 120ms off p95 login", "saved $14k/month on the AWS bill", "3x throughput"), else the
 * object of the clause's verb ("moved the staging clusters to spot, saving $9.5k a month").
 */
final class Subjects {
  private static final Set<String> AUXILIARY =
      Set.of(
          "was", "is", "were", "are", "has", "had", "been", "it's", "which", "that", ",", "and",
          "it", "used", "to");

  private Subjects() {}

  /** "does", "scores", or any -s word right after "now" ("the median PR now merges in …"). */
  private static boolean presentVerb(List<Token> tokens, int i) {
    String w = tokens.get(i).lower();
    return Words.PRESENT.contains(w)
        || i > 0
            && w.endsWith("s")
            && !w.endsWith("ss")
            && Words.ADVERBS.contains(tokens.get(i - 1).lower());
  }

  private static final Set<String> RELATIVES = Set.of("that", "which", "who");

  /**
   * "Batch job that reprices the catalog now runs in 12 minutes": the verb's subject is the noun
   * before the relative clause, not the relative clause's object. The index of "that", or -1.
   */
  private static int relativePronoun(List<Token> tokens, int verb) {
    for (int i = verb - 1; i > 0 && verb - i <= 8; i--) {
      Token t = tokens.get(i);
      if (t.is(",") || t.is(".") || t.is(";") || t.is(":") || t.isBreak()) {
        return -1;
      }
      if (RELATIVES.contains(t.lower()) && SubjectWords.content(tokens.get(i - 1))) {
        return i;
      }
    }
    return -1;
  }

  private static final Set<String> PERSONS = Set.of("we", "i", "they");

  /**
   * A topic before a colon whose clause is about people doing something ("release cadence: we ship
   * every week now"): the topic names what was measured. "" when the clause after the colon has a
   * subject of its own.
   */
  private static String topic(List<Token> tokens, int lead) {
    for (int i = lead - 1; i > 0 && lead - i <= 10; i--) {
      Token t = tokens.get(i);
      if (t.is(":")) {
        return i + 1 < lead && PERSONS.contains(tokens.get(i + 1).lower())
            ? BackwardSubjects.backwards(tokens, i)
            : "";
      }
      if (t.is(".") || t.is(";") || t.is("!") || t.is("?") || t.isBreak()) {
        return "";
      }
    }
    return "";
  }

  /** {@code lead} is the first token of the metric phrase, {@code end} the token after it. */
  static String find(List<Token> tokens, int lead, int end) {
    return find(tokens, lead, end, false);
  }

  static String find(List<Token> tokens, int lead, int end, boolean withVerb) {
    int from = lead;
    while (from > 0 && Words.LEAD_IN.contains(tokens.get(from - 1).lower())) {
      from--;
    }
    int back = from;
    while (back > 0 && Words.PARTICLES.contains(tokens.get(back - 1).lower())) {
      back--;
    }
    if (back > 0 && tokens.get(back - 1).is(")")) {
      int open = back - 1;
      while (open > 0 && !tokens.get(open).is("(") && back - open < 12) {
        open--;
      }
      back = tokens.get(open).is("(") ? open : back;
    }
    back = BackwardSubjects.skipPeriod(tokens, back);
    if (back > 1
        && tokens.get(back - 1).lower().endsWith("ing")
        && AUXILIARY.contains(tokens.get(back - 2).lower())) {
      // "DB CPU is sitting at 30%", "the job was OOMing at 8 GiB": the progressive is the verb
      back -= 2;
    }
    String before = BackwardSubjects.backwards(tokens, back);
    boolean relativeHead = false;
    if (!before.isEmpty() && back > 1 && presentVerb(tokens, back - 1)) {
      // "webhook delivery now does 1,800 req/s", "the pricing page now scores 97": the subject
      // stands before its verb
      int verb = back - 1;
      while (verb > 0 && Words.ADVERBS.contains(tokens.get(verb - 1).lower())) {
        verb--;
      }
      String head = BackwardSubjects.backwards(tokens, verb);
      if (!head.isEmpty()) {
        before = head;
      }
    }
    if (before.isEmpty() && back > 0 && Words.isVerb(tokens.get(back - 1))) {
      // "p95 latency dropped from", "paging volume cut by 70%", "hit rate unchanged at 97%"
      int skip = back - 1;
      while (skip > 0 && back - skip < 4 && AUXILIARY.contains(tokens.get(skip - 1).lower())) {
        skip--;
      }
      if (skip > 0 && tokens.get(skip - 1).is(")")) {
        skip = BackwardSubjects.skipParenthesis(tokens, skip);
      }
      int relative = relativePronoun(tokens, skip);
      relativeHead = relative >= 0;
      before =
          BackwardSubjects.backwards(
              tokens, relative >= 0 ? relative : BackwardSubjects.skipPeriod(tokens, skip));
    }
    if (withVerb && !before.isEmpty()) {
      String verb = ClauseSubjects.verbBefore(tokens, back);
      if (verb != null
          && !relativeHead
          && !Words.LIGHT_VERBS.contains(verb)
          && !before.toLowerCase(java.util.Locale.ROOT).contains(verb)) {
        before = verb + " " + before;
      }
    }
    String topic = topic(tokens, lead);
    if (!topic.isEmpty()) {
      // "release cadence: we ship every week now, it used to be every 3 weeks"
      return topic;
    }
    if (before.isEmpty() && back > 1 && tokens.get(back - 1).is(":")) {
      // "Query p95 on the BI cluster: 40s → 6s"
      before = BackwardSubjects.backwards(tokens, back - 1);
    }
    if (before.isEmpty() || ClauseSubjects.weak(before)) {
      String subject = ClauseSubjects.clauseSubject(tokens, lead);
      if (!subject.isEmpty()) {
        return subject;
      }
    }
    if (!before.isEmpty()) {
      return before;
    }
    String after = ForwardSubjects.forwards(tokens, end);
    if (!after.isEmpty()) {
      return after;
    }
    String object = ClauseSubjects.clauseObject(tokens, lead);
    return object.isEmpty() && withVerb ? ClauseSubjects.bareVerb(tokens, lead) : object;
  }
}
