package app.receipts.rules;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a metric measured, taken from the words around it: before its lead-in ("p95 checkout latency
 * from 1.8s to 210ms", "error rate on the notifications service went from …"), else after it
 * ("shaved 120ms off p95 login", "saved $14k/month on the AWS bill", "3x throughput"), else the
 * object of the clause's verb ("moved the staging clusters to spot, saving $9.5k a month").
 */
final class Subjects {
  private static final int MAX_WORDS = 5;
  private static final Set<String> PREPOSITIONS =
      Set.of("on", "in", "of", "for", "at", "from", "across", "per", "to", "inside", "within");
  private static final Set<String> QUANTITY_HEADS =
      Set.of(
          "number",
          "count",
          "amount",
          "share",
          "percentage",
          "fraction",
          "proportion",
          "volume",
          "total",
          "size",
          "rate",
          "ratio",
          "cost",
          "time",
          "days");
  private static final Set<String> AUXILIARY =
      Set.of(
          "was", "is", "were", "are", "has", "had", "been", "it's", "which", "that", ",", "and",
          "it");
  private static final Set<String> NOT_SUBJECT =
      Set.of(
          "faster",
          "slower",
          "cheaper",
          "quicker",
          "smaller",
          "bigger",
          "less",
          "more",
          "fewer",
          "lower",
          "higher",
          "better",
          "now",
          "it's",
          "its",
          "unchanged",
          "stays",
          "past",
          "total",
          "overall",
          "roughly",
          "median",
          "average",
          "peak",
          "just",
          "only",
          "early",
          "late",
          "ahead",
          "earlier",
          "sooner",
          "everyone",
          "everybody");

  private static final Set<String> ALTERNATIVE = Set.of("vs", "versus", "than", "instead");
  private static final Set<String> PRONOUNS = Set.of("we", "i", "they", "it", "he", "she");
  private static final Set<String> NOUN_VERBS = Set.of("hit", "start", "load", "run", "build");

  private Subjects() {}

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
    back = skipPeriod(tokens, back);
    String before = backwards(tokens, back);
    if (before.isEmpty() && back > 0 && Words.isVerb(tokens.get(back - 1))) {
      // "p95 latency dropped from", "paging volume cut by 70%", "hit rate unchanged at 97%"
      int skip = back - 1;
      while (skip > 0 && back - skip < 3 && AUXILIARY.contains(tokens.get(skip - 1).lower())) {
        skip--;
      }
      if (skip > 0 && tokens.get(skip - 1).is(")")) {
        skip = skipParenthesis(tokens, skip);
      }
      before = backwards(tokens, skipPeriod(tokens, skip));
    }
    if (withVerb && !before.isEmpty()) {
      String verb = verbBefore(tokens, back);
      if (verb != null && !before.toLowerCase(java.util.Locale.ROOT).contains(verb)) {
        before = verb + " " + before;
      }
    }
    if (before.isEmpty() && back > 1 && tokens.get(back - 1).is(":")) {
      // "Query p95 on the BI cluster: 40s → 6s"
      before = backwards(tokens, back - 1);
    }
    if (before.isEmpty() || weak(before)) {
      String subject = clauseSubject(tokens, lead);
      if (!subject.isEmpty()) {
        return subject;
      }
    }
    if (!before.isEmpty()) {
      return before;
    }
    String after = forwards(tokens, end);
    if (!after.isEmpty()) {
      return after;
    }
    return clauseObject(tokens, lead);
  }

  /** A phrase that starts with a verb or "now" names what was done, not what was measured. */
  private static boolean weak(String phrase) {
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
    while (start < lead && !content(tokens.get(start)) && !tokens.get(start).isNumber()) {
      start++;
    }
    int end = start;
    while (end < lead
        && end - start < MAX_WORDS
        && (content(tokens.get(end)) || nounish(tokens, end))) {
      end++;
    }
    if (end == start || end >= lead) {
      return "";
    }
    Token next = tokens.get(end);
    if (!(next.is("now") || Words.isVerb(next)) || Words.isVerb(tokens.get(start))) {
      return "";
    }
    return text(tokens, start, end);
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

  /** "cache hit rate", "cold start time": a verb's spelling used as a noun inside a phrase. */
  private static boolean nounish(List<Token> tokens, int i) {
    return NOUN_VERBS.contains(tokens.get(i).lower())
        && i > 0
        && i + 1 < tokens.size()
        && content(tokens.get(i - 1))
        && content(tokens.get(i + 1));
  }

  /** "deploys per day went from": the period is not the subject. */
  private static int skipPeriod(List<Token> tokens, int back) {
    if (back >= 2
        && Units.period(tokens.get(back - 1).lower()) != null
        && (tokens.get(back - 2).is("per")
            || tokens.get(back - 2).is("a")
            || tokens.get(back - 2).is("/"))) {
      return back - 2;
    }
    return back;
  }

  private static int skipParenthesis(List<Token> tokens, int back) {
    int open = back - 1;
    while (open > 0 && !tokens.get(open).is("(") && back - open < 12) {
      open--;
    }
    return tokens.get(open).is("(") ? open : back;
  }

  /** The first verb of the clause the metric is in: "Rotated all 212 credentials … within". */
  private static String verbBefore(List<Token> tokens, int at) {
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
      if (Words.isVerb(t) && !adjective) {
        first = t.lower();
      }
    }
    return first;
  }

  /** The object of the last verb before {@code at} in the same sentence, with the verb. */
  static String clauseObject(List<Token> tokens, int at) {
    for (int i = Math.min(at, tokens.size()) - 1; i >= 0; i--) {
      Token t = tokens.get(i);
      if (t.is(".") || t.is("!") || t.is("?") || t.is(";")) {
        break;
      }
      if (Words.isVerb(t)) {
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
        String object = forwards(tokens, o);
        if (!object.isEmpty()) {
          return t.lower() + " " + object;
        }
      }
    }
    return "";
  }

  static String backwards(List<Token> tokens, int from) {
    int start = startOfBackwards(tokens, from);
    String phrase = text(tokens, start, from);
    // "error rate on the notifications service": the measured thing is the head
    int p = start - 1;
    while (p > 0
        && (tokens.get(p).is("the")
            || tokens.get(p).is("our")
            || tokens.get(p).is("a")
            || tokens.get(p).is("its")
            || tokens.get(p).is("their"))) {
      p--;
    }
    if (!phrase.isEmpty()
        && p > 0
        && PREPOSITIONS.contains(tokens.get(p).lower())
        && content(tokens.get(p - 1))) {
      int headStart = startOfBackwards(tokens, p);
      if (headStart < p
          && tokens.get(p).is("of")
          && QUANTITY_HEADS.contains(tokens.get(p - 1).lower())) {
        // "the number of open Sev3 bugs": the head only says how it was counted
        return text(tokens, headStart, p) + " of " + phrase;
      }
      if (headStart < p) {
        return text(tokens, headStart, p);
      }
    }
    return phrase;
  }

  private static int startOfBackwards(List<Token> tokens, int from) {
    int start = from;
    while (start > 0 && from - start < MAX_WORDS) {
      Token t = tokens.get(start - 1);
      boolean joiner =
          (t.is("-") || t.is("/") || t.is("to") && start < from)
              && start - 1 > 0
              && start < from
              && content(tokens.get(start - 2))
              && t.glued() == !t.is("to");
      boolean digits = t.isNumber() && start < from && tokens.get(start).glued();
      if (!content(t) && !joiner && !digits && !nounish(tokens, start - 1)) {
        break;
      }
      start--;
    }
    while (start < from
        && !content(tokens.get(start))
        && !(tokens.get(start).isNumber() && start + 1 < from && tokens.get(start + 1).glued())) {
      start++;
    }
    return start;
  }

  static String forwards(List<Token> tokens, int from) {
    int start = from;
    while (start < tokens.size()
        && start - from < 3
        && (Nouns.STOP.contains(tokens.get(start).lower())
            || tokens.get(start).is("off")
            || NOT_SUBJECT.contains(tokens.get(start).lower()))) {
      if (ALTERNATIVE.contains(tokens.get(start).lower())) {
        return "";
      }
      start++;
    }
    int end = start;
    while (end < tokens.size() && end - start < MAX_WORDS - 1) {
      Token t = tokens.get(end);
      boolean inside = (t.isNumber() || t.is("→")) && end > start && contentSoon(tokens, end + 1);
      if (!content(t) && !inside) {
        break;
      }
      end++;
    }
    while (end > start && !content(tokens.get(end - 1))) {
      end--;
    }
    return text(tokens, start, end);
  }

  private static boolean contentSoon(List<Token> tokens, int from) {
    for (int i = from; i < tokens.size() && i < from + 3; i++) {
      if (content(tokens.get(i))) {
        return true;
      }
      if (!tokens.get(i).isNumber() && !tokens.get(i).is("→")) {
        return false;
      }
    }
    return false;
  }

  private static boolean content(Token t) {
    return t.isWord()
        && !Nouns.STOP.contains(t.lower())
        && !NOT_SUBJECT.contains(t.lower())
        && !Words.isVerb(t)
        && Units.unit(t.lower()) == null;
  }

  static String text(List<Token> tokens, int start, int end) {
    StringBuilder out = new StringBuilder();
    for (int i = start; i < end; i++) {
      Token t = tokens.get(i);
      if (out.length() > 0 && !t.glued()) {
        out.append(' ');
      }
      out.append(t.text());
    }
    return out.toString();
  }
}
