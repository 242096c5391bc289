package app.receipts.packet;

import app.receipts.entries.Competency;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A win's clause as the WIN part of a review sentence: it starts on a past-tense verb and leaves
 * the numbers to the METRIC part, so the metric is said once.
 */
final class Wording {
  private Wording() {}

  private static final String NUMBER = "[~≈−+-]?[$€£]?\\d[\\d.,]*\\s?(?:[a-zA-Zµ%]{1,8})?";
  private static final String PER = "(?:\\s?(?:/|a |an |per |each )\\s?[a-z]{2,7})?";

  /** "from 1.8s to 210ms", "by $14k/month", "1.8 s → 210 ms", "(p95 1.8s → 210ms)". */
  private static final Pattern METRIC_PHRASES =
      Pattern.compile(
          "\\s*\\([^()]*(?:→|->)[^()]*\\)"
              + "|\\s+from\\s+"
              + NUMBER
              + "\\s+(?:to|→|->)\\s+"
              + NUMBER
              + PER
              + "|\\s+by\\s+"
              + NUMBER
              + PER
              + "(?=[\\s,;.]|$)"
              + "|\\s*"
              + NUMBER
              + "\\s*(?:→|->)\\s*"
              + NUMBER
              + PER);

  /** A number on its own, not the digits of a name like "p95" or "v2". */
  private static final Pattern DIGITS = Pattern.compile("(?<![\\p{L}\\d.,])\\d+(?:[.,]\\d+)*");

  private static final Set<String> IRREGULAR_PAST =
      Set.of(
          "cut",
          "built",
          "rebuilt",
          "led",
          "ran",
          "wrote",
          "rewrote",
          "found",
          "made",
          "drove",
          "set",
          "took",
          "gave",
          "kept",
          "taught",
          "brought",
          "caught",
          "held",
          "split",
          "spun",
          "sped",
          "won",
          "met",
          "began",
          "got",
          "put",
          "sent",
          "shut",
          "broke",
          "upheld",
          "shed",
          "stood",
          "overcame",
          "undertook",
          "laid",
          "paid",
          "sold",
          "told",
          "thought",
          "left");

  private static final Map<String, String> PRESENT_TO_PAST =
      Map.ofEntries(
          Map.entry("fix", "fixed"),
          Map.entry("add", "added"),
          Map.entry("build", "built"),
          Map.entry("ship", "shipped"),
          Map.entry("write", "wrote"),
          Map.entry("lead", "led"),
          Map.entry("run", "ran"),
          Map.entry("cut", "cut"),
          Map.entry("reduce", "reduced"),
          Map.entry("improve", "improved"),
          Map.entry("migrate", "migrated"),
          Map.entry("refactor", "refactored"),
          Map.entry("design", "designed"),
          Map.entry("debug", "debugged"),
          Map.entry("automate", "automated"),
          Map.entry("mentor", "mentored"),
          Map.entry("onboard", "onboarded"),
          Map.entry("launch", "launched"),
          Map.entry("deliver", "delivered"),
          Map.entry("release", "released"),
          Map.entry("create", "created"),
          Map.entry("remove", "removed"),
          Map.entry("delete", "deleted"),
          Map.entry("speed", "sped"),
          Map.entry("make", "made"),
          Map.entry("find", "found"),
          Map.entry("drive", "drove"),
          Map.entry("review", "reviewed"),
          Map.entry("document", "documented"),
          Map.entry("test", "tested"));

  /** What a clause that does not start on a verb is said to have done, by competency. */
  private static String defaultVerb(Competency competency) {
    return switch (competency) {
      case CODE_QUALITY -> "improved";
      case SYSTEM_DESIGN -> "designed";
      case PROBLEM_SOLVING -> "resolved";
      case COLLABORATION -> "contributed to";
      case DELIVERY -> "delivered";
      case CONTINUOUS_IMPROVEMENT -> "improved";
    };
  }

  /** "reduced p95 latency …" stays; "fix the export" becomes "fixed the export". */
  static String pastTense(String clause, Competency competency) {
    String text = Clauses.lowerFirst(clause);
    String[] words = text.split(" ", 2);
    String first = words[0].toLowerCase(Locale.ROOT);
    String rest = words.length > 1 ? " " + words[1] : "";
    String past = PRESENT_TO_PAST.get(first);
    if (past == null
        && (first.length() > 3 && first.endsWith("ed") || IRREGULAR_PAST.contains(first))) {
      return first + rest;
    }
    if (past == null && first.endsWith("s")) {
      past = PRESENT_TO_PAST.get(first.substring(0, first.length() - 1));
    }
    if (past != null) {
      return past + rest;
    }
    return defaultVerb(competency) + " " + text;
  }

  /** The clause with its numeric phrases taken out, or as it was if that would leave too little. */
  static String withoutMetric(String clause) {
    String stripped = Clauses.tidy(METRIC_PHRASES.matcher(clause).replaceAll(""));
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
    Matcher number = DIGITS.matcher(metric);
    while (number.find()) {
      if (DIGITS.matcher(text).results().anyMatch(m -> m.group().equals(number.group()))) {
        return true;
      }
    }
    return false;
  }
}
