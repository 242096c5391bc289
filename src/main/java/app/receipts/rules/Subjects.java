package app.receipts.rules;

import java.util.List;

/**
 * What a metric measured, taken from the words around it: before its lead-in ("p95 checkout
 * latency from 1.8s to 210ms", "Postgres read load −65%"), else after it ("shaved 120ms off p95
 * login", "saved $14k/month on the AWS bill", "3x throughput").
 */
final class Subjects {
  private static final int MAX_WORDS = 5;

  private Subjects() {}

  /** {@code lead} is the first token of the metric phrase, {@code end} the token after it. */
  static String find(List<Token> tokens, int lead, int end) {
    int from = lead;
    while (from > 0 && Words.LEAD_IN.contains(tokens.get(from - 1).lower())) {
      from--;
    }
    int stop = from;
    int back = from;
    while (back > 0 && Words.PARTICLES.contains(tokens.get(back - 1).lower())) {
      back--;
    }
    String before = backwards(tokens, back);
    if (before.isEmpty() && back > 0 && Words.LINKING.contains(tokens.get(back - 1).lower())) {
      before = backwards(tokens, back - 1);
    }
    if (!before.isEmpty()) {
      return before;
    }
    String after = forwards(tokens, end);
    if (!after.isEmpty()) {
      return after;
    }
    return stop > 0 && Words.isVerb(tokens.get(stop - 1)) ? tokens.get(stop - 1).lower() : "";
  }

  static String backwards(List<Token> tokens, int from) {
    int start = from;
    while (start > 0 && from - start < MAX_WORDS) {
      Token t = tokens.get(start - 1);
      boolean joiner = (t.is("of") || t.is("-") || t.is("/") || t.is("to"))
          && start - 1 > 0 && start < from && content(tokens.get(start - 2));
      if (!content(t) && !joiner) {
        break;
      }
      start--;
    }
    while (start < from && !content(tokens.get(start))) {
      start++;
    }
    return text(tokens, start, from);
  }

  static String forwards(List<Token> tokens, int from) {
    int start = from;
    while (start < tokens.size()
        && (Nouns.STOP.contains(tokens.get(start).lower()) || tokens.get(start).is("off"))
        && start - from < 3) {
      start++;
    }
    int end = start;
    while (end < tokens.size() && end - start < MAX_WORDS - 1 && content(tokens.get(end))) {
      end++;
    }
    return text(tokens, start, end);
  }

  private static boolean content(Token t) {
    return t.isWord()
        && !Nouns.STOP.contains(t.lower())
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
