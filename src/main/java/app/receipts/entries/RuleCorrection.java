package app.receipts.entries;

import java.util.Locale;

/**
 * One thing a person corrected in what the win rules read on one of their wins: {@code words} are
 * what the lesson keys on (the win's words for a competency, the subject the rules read for a
 * renamed subject), {@code from} what the rules had, {@code to} what the person chose.
 */
public record RuleCorrection(Kind kind, String words, String from, String to) {
  public enum Kind {
    /** A re-filed competency: from and to are competency ids. */
    COMPETENCY,
    /** A fixed metric line, as it was and as the person wrote it. */
    METRIC,
    /** The subject of a fixed metric, renamed by the person: words and from are the old one. */
    SUBJECT;

    String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Kind of(String id) {
      return valueOf(id.toUpperCase(Locale.ROOT));
    }
  }
}
