package app.receipts.rules;

import java.util.List;
import java.util.Set;

/** The words a subject is made of: content words, a verb spelled as a noun inside a phrase. */
final class SubjectWords {
  static final int MAX_WORDS = 5;

  static final Set<String> NOT_SUBJECT =
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
          "everybody",
          "below",
          "above",
          "we'd",
          "we've",
          "we're",
          "i've",
          "i'd",
          "i'm",
          "they're",
          "they've",
          "you've");

  /** "the dbt run for the marketing models": a preposition after the noun ends its phrase. */
  private static final Set<String> HEAD_ENDS = Set.of("for", "on", "of", "in", "at");

  private static final Set<String> NOUN_VERBS = Set.of("hit", "start", "load", "run", "build");

  private SubjectWords() {}

  /** "cache hit rate", "cold start time": a verb's spelling used as a noun inside a phrase. */
  static boolean nounish(List<Token> tokens, int i) {
    return NOUN_VERBS.contains(tokens.get(i).lower())
        && i > 0
        && i + 1 < tokens.size()
        && content(tokens.get(i - 1))
        && (content(tokens.get(i + 1)) || HEAD_ENDS.contains(tokens.get(i + 1).lower()));
  }

  private static final Set<String> STATISTICS = Set.of("median", "average", "peak", "total");

  /**
   * "time to first byte", "takedown median": a unit word or a statistic after a content word is
   * part of the noun phrase.
   */
  static boolean unitAsNoun(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    return t.isWord()
        && (t.text().length() > 2 && Units.unit(t.lower()) != null
            || STATISTICS.contains(t.lower()))
        && i > 0
        && content(tokens.get(i - 1));
  }

  static boolean content(Token t) {
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
