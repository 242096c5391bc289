package app.receipts.rules;

import java.util.List;
import java.util.Set;

/**
 * A subject read backwards from a metric's lead-in: "p95 checkout latency from …", the head before
 * a preposition ("error rate on the notifications service" → "error rate"), "the number of open
 * bugs".
 */
final class BackwardSubjects {
  private static final Set<String> DETERMINERS =
      Set.of(
          "the", "our", "a", "an", "its", "their", "this", "that", "these", "those", "my", "your",
          "every", "each", "all");

  private static final Set<String> PREPOSITIONS =
      Set.of(
          "on",
          "in",
          "of",
          "for",
          "at",
          "from",
          "across",
          "per",
          "to",
          "inside",
          "within",
          "during",
          "after",
          "with",
          "into",
          "through",
          "about",
          "regarding");

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

  private BackwardSubjects() {}

  /** "deploys per day went from": the period is not the subject. */
  static int skipPeriod(List<Token> tokens, int back) {
    if (back >= 2
        && Units.period(tokens.get(back - 1).lower()) != null
        && (tokens.get(back - 2).is("per")
            || tokens.get(back - 2).is("a")
            || tokens.get(back - 2).is("/"))) {
      return back - 2;
    }
    return back;
  }

  static int skipParenthesis(List<Token> tokens, int back) {
    int open = back - 1;
    while (open > 0 && !tokens.get(open).is("(") && back - open < 12) {
      open--;
    }
    return tokens.get(open).is("(") ? open : back;
  }

  static String backwards(List<Token> tokens, int from) {
    int start = startOfBackwards(tokens, from);
    String phrase = SubjectWords.text(tokens, start, from);
    if (phrase.isEmpty()
        && from > 2
        && SubjectWords.NOT_SUBJECT.contains(tokens.get(from - 1).lower())
        && PREPOSITIONS.contains(tokens.get(from - 2).lower())
        && SubjectWords.content(tokens.get(from - 3))) {
      // "queue depth at peak went from …": a phrase that only says when is not the head
      int headStart = startOfBackwards(tokens, from - 2);
      return SubjectWords.text(tokens, headStart, from - 2);
    }
    // "error rate on the notifications service", "time to first byte on the blog": the measured
    // thing is the head, even when it ends in a unit word used as a noun
    int p = start - 1;
    while (p > 0
        && (DETERMINERS.contains(tokens.get(p).lower())
            || tokens.get(p).is("/") && !tokens.get(p).glued())) {
      // "on the …", and the slash that opens a path ("on /api/payments")
      p--;
    }
    if (!phrase.isEmpty()
        && p > 0
        && PREPOSITIONS.contains(tokens.get(p).lower())
        && (SubjectWords.content(tokens.get(p - 1))
            || SubjectWords.nounish(tokens, p - 1)
            || SubjectWords.unitAsNoun(tokens, p - 1))) {
      int headStart = startOfBackwards(tokens, p);
      if (headStart < p
          && tokens.get(p).is("of")
          && QUANTITY_HEADS.contains(tokens.get(p - 1).lower())) {
        // "the number of open Sev3 bugs": the head only says how it was counted
        return SubjectWords.text(tokens, headStart, p) + " of " + phrase;
      }
      if (headStart < p && tokens.get(p).is("per") && p == start - 1) {
        // "cost per request", "review time per PR": what it is measured against belongs to it
        return SubjectWords.text(tokens, headStart, p) + " per " + phrase;
      }
      if (headStart < p) {
        return SubjectWords.text(tokens, headStart, p);
      }
    }
    if (!phrase.isEmpty() && p > 1 && PREPOSITIONS.contains(tokens.get(p).lower())) {
      String head = beforeVerb(tokens, p, p == start - 1 ? phrase : "");
      if (!head.isEmpty()) {
        return head;
      }
    }
    if (!phrase.isEmpty()
        && p > 1
        && tokens.get(p).isWord()
        && tokens.get(p - 1).is("to")
        && QUANTITY_HEADS.contains(tokens.get(p - 2).lower())) {
      // "median time to revoke a leaver's access": the head and what it timed
      return SubjectWords.text(tokens, startOfBackwards(tokens, p - 1), from);
    }
    return phrase;
  }

  private static final Set<String> QUOTES = Set.of("'", "\"", "‘", "’", "“", "”");

  /** Past participles that do not end in -ed. */
  private static final Set<String> PARTICIPLES =
      Set.of(
          "written", "sent", "built", "shown", "spent", "paid", "lost", "held", "kept", "read",
          "found", "caught", "won", "bought", "taught", "told", "sought", "given", "chosen");

  /**
   * A verb form between a noun and the preposition: the noun is the measured thing. A verb of
   * movement or linking is the clause's own ("latency dropped on the checkout API from …" →
   * "latency"); any other participle opens a reduced relative clause and stays ("CSS shipped on the
   * docs site" → "CSS shipped", "rows scanned per query" → "rows scanned per query"). "" when the
   * word before the preposition is no such verb.
   */
  private static String beforeVerb(List<Token> tokens, int p, String perWhat) {
    Token verb = tokens.get(p - 1);
    String w = verb.lower();
    boolean participle =
        verb.isWord() && (w.endsWith("ed") && Words.isVerb(verb) || PARTICIPLES.contains(w));
    if (!participle || !SubjectWords.content(tokens.get(p - 2))) {
      return "";
    }
    int headStart = startOfBackwards(tokens, p - 1);
    if (headStart >= p - 1) {
      return "";
    }
    if (Words.DOWN_VERBS.contains(w) || Words.UP_VERBS.contains(w) || Words.LINKING.contains(w)) {
      return SubjectWords.text(tokens, headStart, p - 1);
    }
    String head = SubjectWords.text(tokens, headStart, p);
    return tokens.get(p).is("per") && !perWhat.isEmpty() ? head + " per " + perWhat : head;
  }

  /** "the number of failed checkouts", "the abandoned carts": a participle after "the" or "of". */
  private static boolean participle(List<Token> tokens, int i, int from) {
    Token t = tokens.get(i);
    return i > 0
        && i + 1 < from
        && t.isWord()
        && t.lower().endsWith("ed")
        && SubjectWords.content(tokens.get(i + 1))
        && (DETERMINERS.contains(tokens.get(i - 1).lower()) || tokens.get(i - 1).is("of"));
  }

  /** "'billing'": a quote mark that opens one quoted word, closed right after it. */
  private static boolean openingQuote(List<Token> tokens, int i, int from) {
    return QUOTES.contains(tokens.get(i).text())
        && !tokens.get(i).glued()
        && i + 2 < from
        && tokens.get(i + 1).glued()
        && SubjectWords.content(tokens.get(i + 1))
        && tokens.get(i + 2).glued()
        && QUOTES.contains(tokens.get(i + 2).text());
  }

  private static int startOfBackwards(List<Token> tokens, int from) {
    int start = from;
    while (start > 0 && from - start < SubjectWords.MAX_WORDS) {
      Token t = tokens.get(start - 1);
      boolean joiner =
          (t.is("-") || t.is("/") || t.is("to") && start < from)
              && start - 1 > 0
              && start < from
              && SubjectWords.content(tokens.get(start - 2))
              && t.glued() == !t.is("to");
      boolean digits = t.isNumber() && start < from && tokens.get(start).glued();
      // "reviews mentioning 'login'": a quoted word belongs to the phrase
      boolean quote =
          QUOTES.contains(t.text())
              && (t.glued()
                  ? start - 2 > 0 && openingQuote(tokens, start - 3, start)
                  : openingQuote(tokens, start - 1, from));
      if (!SubjectWords.content(t)
          && !joiner
          && !digits
          && !quote
          && !SubjectWords.nounish(tokens, start - 1)
          && !SubjectWords.unitAsNoun(tokens, start - 1)
          && !participle(tokens, start - 1, from)) {
        break;
      }
      start--;
    }
    while (start < from
        && !SubjectWords.content(tokens.get(start))
        && !participle(tokens, start, from)
        && !openingQuote(tokens, start, from)
        && !(tokens.get(start).isNumber() && start + 1 < from && tokens.get(start + 1).glued())) {
      start++;
    }
    return start;
  }
}
