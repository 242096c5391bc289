package app.receipts.rules;

import java.util.List;
import java.util.Set;

/** A subject read forwards from after a metric: "shaved 120ms off the p99", "3x throughput". */
final class ForwardSubjects {
  /**
   * Words after which what follows is not the measured thing: an alternative ("vs …") or a
   * subordinate clause that says when or why ("since passkeys shipped", "because …").
   */
  private static final Set<String> ALTERNATIVE =
      Set.of("vs", "versus", "than", "instead", "since", "because", "until", "once", "when");

  private ForwardSubjects() {}

  static String forwards(List<Token> tokens, int from) {
    int start = from;
    while (start < tokens.size()
        && start - from < 3
        && (Nouns.STOP.contains(tokens.get(start).lower())
            || tokens.get(start).is("off")
            || SubjectWords.NOT_SUBJECT.contains(tokens.get(start).lower()))) {
      if (ALTERNATIVE.contains(tokens.get(start).lower())) {
        return "";
      }
      start++;
    }
    int end = start;
    while (end < tokens.size() && end - start < SubjectWords.MAX_WORDS - 1) {
      Token t = tokens.get(end);
      boolean inside = (t.isNumber() || t.is("→")) && end > start && contentSoon(tokens, end + 1);
      // "1.6 PB of orphaned parquet", "40 of the failed jobs": a participle before its noun
      boolean participle =
          end == start
              && t.isWord()
              && t.lower().endsWith("ed")
              && end + 1 < tokens.size()
              && SubjectWords.content(tokens.get(end + 1));
      if (!SubjectWords.content(t) && !inside && !participle) {
        break;
      }
      end++;
    }
    while (end > start && !SubjectWords.content(tokens.get(end - 1))) {
      end--;
    }
    return SubjectWords.text(tokens, start, end);
  }

  private static boolean contentSoon(List<Token> tokens, int from) {
    for (int i = from; i < tokens.size() && i < from + 3; i++) {
      if (SubjectWords.content(tokens.get(i))) {
        return true;
      }
      if (!tokens.get(i).isNumber() && !tokens.get(i).is("→")) {
        return false;
      }
    }
    return false;
  }
}
