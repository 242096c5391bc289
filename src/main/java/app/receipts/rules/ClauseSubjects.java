package app.receipts.rules;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A subject taken from the clause around a metric: the noun phrase it opens with ("Deploys now take
 * …"), the object of its verb ("moved the staging clusters to spot, saving …"), its verb.
 */
final class ClauseSubjects {
  private static final Set<String> PRONOUNS = Set.of("we", "i", "they", "it", "he", "she");

  /** Verbs that only link a subject to its amount: "p99 stays below 50ms" is about p99. */
  private static final Set<String> COPULAS =
      Set.of("is", "are", "was", "were", "stays", "stayed", "sits", "sat", "remains", "be");

  private ClauseSubjects() {}

  /** A phrase that starts with a verb or "now" names what was done, not what was measured. */
  static boolean weak(String phrase) {
    int space = phrase.indexOf(' ');
    String first = (space < 0 ? phrase : phrase.substring(0, space)).toLowerCase(Locale.ROOT);
    return first.equals("now") || Words.isVerb(new Token(Token.Kind.WORD, first, first, false));
  }

  /**
   * The noun phrase a clause opens with when a verb or "now" follows it: "Visual regression tests
   * now run on every PR in under 6 minutes", "full restore tested end to end in 2 hours".
   */
  static String clauseSubject(List<Token> tokens, int lead) {
    int start = lead;
    while (start > 0 && lead - start < 16 && !clauseBreak(tokens.get(start - 1))) {
      start--;
    }
    while (start < lead
        && !SubjectWords.content(tokens.get(start))
        && !tokens.get(start).isNumber()) {
      start++;
    }
    int end = start;
    while (end < lead
        && end - start < SubjectWords.MAX_WORDS
        && (SubjectWords.content(tokens.get(end)) || SubjectWords.nounish(tokens, end))) {
      end++;
    }
    if (end == start || end >= lead) {
      return "";
    }
    Token next = tokens.get(end);
    if (!(next.is("now") || Words.isVerb(next)) || Words.isVerb(tokens.get(start))) {
      return "";
    }
    return SubjectWords.text(tokens, start, end);
  }

  private static boolean clauseBreak(Token t) {
    return t.isBreak()
        || t.is(".")
        || t.is(";")
        || t.is(":")
        || t.is("!")
        || t.is("?")
        || t.is(",");
  }

  /** The first verb of the clause the metric is in: "Rotated all 212 credentials … within". */
  static String verbBefore(List<Token> tokens, int at) {
    String first = null;
    for (int i = at - 1; i >= 0 && i >= at - 14; i--) {
      Token t = tokens.get(i);
      if (t.isBreak()) {
        break;
      }
      if ((t.is("and") || t.is("so") || t.is("but"))
          && first != null
          && i + 1 < at
          && PRONOUNS.contains(tokens.get(i + 1).lower())) {
        // "coordinated 5 teams and we landed it 10 days early": the later clause's verb
        break;
      }
      boolean adjective = i > 0 && (tokens.get(i - 1).is("the") || tokens.get(i - 1).is("a"));
      if (Words.isVerb(t) && !adjective && !COPULAS.contains(t.lower())) {
        first = t.lower();
      }
    }
    return first;
  }

  private static final Set<String> BARE_VERB_GAP =
      Set.of("in", "within", "under", "after", "it", "them", "this", "everything", "all");

  /**
   * A verb with no noun after it that a duration timed: "detected in 2 min", "we patched it in 2
   * days". The past verb right before {@code lead} (past "in" and an object pronoun), or "": a
   * present one ("now runs in 12 minutes") leaves the subject to the words before it.
   */
  static String bareVerb(List<Token> tokens, int lead) {
    int i = lead - 1;
    while (i >= 0 && lead - i <= 3 && BARE_VERB_GAP.contains(tokens.get(i).lower())) {
      i--;
    }
    if (i < 0) {
      return "";
    }
    Token t = tokens.get(i);
    String w = t.lower();
    boolean present = Words.PRESENT.contains(w) || w.endsWith("s") && !w.endsWith("ss");
    return Words.isVerb(t) && !present && !COPULAS.contains(w) && !Words.LIGHT_VERBS.contains(w)
        ? w
        : "";
  }

  /** The object of the last verb before {@code at} in the same sentence, with the verb. */
  static String clauseObject(List<Token> tokens, int at) {
    for (int i = Math.min(at, tokens.size()) - 1; i >= 0; i--) {
      Token t = tokens.get(i);
      if (t.is(".") || t.is("!") || t.is("?") || t.is(";")) {
        break;
      }
      if (Words.isVerb(t) && !COPULAS.contains(t.lower())) {
        int o = i + 1;
        while (o < tokens.size()
            && o - i < 5
            && (tokens.get(o).isNumber()
                || tokens.get(o).is("of")
                || tokens.get(o).is("~")
                || tokens.get(o).is("all")
                || tokens.get(o).is("a")
                || Units.numberWord(tokens.get(o).lower()) != null
                || Units.unit(tokens.get(o).lower()) != null)) {
          o++;
        }
        String object = ForwardSubjects.forwards(tokens, o);
        if (!object.isEmpty()) {
          return t.lower() + " " + object;
        }
      }
    }
    return "";
  }
}
