package app.receipts.packet;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The numbers of a win's clause, which the METRIC part of a draft sentence says instead: a phrase
 * such as "from 1.8s to 210ms" or "by $2,400 a month" comes out whole (its unit and period too),
 * and only when the metric said after the clause holds every number it had, so no number is lost.
 */
final class MetricPhrases {
  private MetricPhrases() {}

  /** Units a number may carry; a word after a number that is not one ("4 reviewers") is a noun. */
  private static final String UNIT =
      "(?:%|x|×|ms|µs|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|d|days?|wks?|weeks?|months?"
          + "|k|m|bn|[kmgt]b|rps|qps|pp|pts?|points?)(?![\\p{L}\\d])";

  private static final String NUMBER = "[~≈−+-]?[$€£]?\\d[\\d.,]*(?:\\s?" + UNIT + ")?";
  private static final String PER = "(?:\\s?(?:/|a |an |per |each )\\s?[a-z]{2,7})?";

  /** What may follow a metric phrase: the clause ends, or goes on with a new phrase. */
  private static final String THEN =
      "(?=\\s*$|\\s*[,;.:)]|\\s+(?:by|with|in|on|for|from|across|after|and|through|via|using"
          + "|while|at|over|during|to|so|which|before|without|thanks)\\b)";

  /** "from 1.8s to 210ms", "by $14k/month", "1.8 s → 210 ms", "(p95 1.8s → 210ms)". */
  private static final Pattern PHRASES =
      Pattern.compile(
          "\\s*\\([^()]*(?:→|->)[^()]*\\)"
              + "|\\s+from\\s+"
              + NUMBER
              + "\\s+(?:to|→|->)\\s+"
              + NUMBER
              + PER
              + THEN
              + "|\\s+by\\s+"
              + NUMBER
              + PER
              + THEN
              + "|\\s*"
              + NUMBER
              + "\\s*(?:→|->)\\s*"
              + NUMBER
              + PER
              + THEN,
          Pattern.CASE_INSENSITIVE);

  /** A number on its own, not the digits of a name like "p95" or "v2". */
  private static final Pattern DIGITS = Pattern.compile("(?<![\\p{L}\\d.,])\\d+(?:[.,]\\d+)*");

  /**
   * The clause without the numeric phrases {@code metric} says again, or as it was if that would
   * leave too little; a phrase with a number the metric lacks stays where the person put it.
   */
  static String withoutMetric(String clause, String metric) {
    Set<String> said = numbers(metric);
    Matcher phrase = PHRASES.matcher(clause);
    StringBuilder out = new StringBuilder();
    while (phrase.find()) {
      boolean repeated = said.containsAll(numbers(phrase.group()));
      phrase.appendReplacement(out, repeated ? "" : Matcher.quoteReplacement(phrase.group()));
    }
    phrase.appendTail(out);
    String stripped = Clauses.tidy(out.toString());
    return stripped.split(" ").length >= 2 ? stripped : clause;
  }

  /** Whether every number in {@code quoted} is written in {@code source}: no number is made up. */
  static boolean numbersFrom(String quoted, String source) {
    Matcher number = DIGITS.matcher(quoted);
    while (number.find()) {
      if (!source.contains(number.group())) {
        return false;
      }
    }
    return true;
  }

  static int numberCount(String text) {
    return (int) DIGITS.matcher(text).results().count();
  }

  /** Whether {@code text} already says any number {@code metric} has. */
  static boolean saysAnyNumberOf(String text, String metric) {
    Set<String> inText = numbers(text);
    return numbers(metric).stream().anyMatch(inText::contains);
  }

  /** The numbers a text says, "2,400" and "2400" alike. */
  private static Set<String> numbers(String text) {
    return DIGITS
        .matcher(text)
        .results()
        .map(m -> m.group().replaceAll("(?<=\\d),(?=\\d{3}\\b)", ""))
        .collect(Collectors.toSet());
  }
}
