package app.receipts.packet;

import app.receipts.entries.Competency;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A win's clause as the WIN part of a review sentence: it starts on a past-tense verb ({@link
 * MetricPhrases} leaves its numbers to the METRIC part, so the metric is said once).
 */
final class Wording {
  private Wording() {}

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

  /**
   * What a clause that does not start on a verb is said to have done: only that the person worked
   * on it. A verb chosen by competency ("resolved", "designed", "delivered") would claim an outcome
   * the entry may not state.
   */
  private static String defaultVerb(Competency competency) {
    return competency == Competency.COLLABORATION ? "contributed to" : "worked on";
  }

  /** "reduced p95 latency …" stays; "fix the export" becomes "fixed the export". */
  static String pastTense(String clause, Competency competency) {
    String text = Clauses.lowerFirst(clause);
    String[] words = text.split(" ", 2);
    // the lower-cased word only looks the verb up; a word kept is kept as typed ("IPv6-enabled")
    String first = words[0].toLowerCase(Locale.ROOT);
    String rest = words.length > 1 ? " " + words[1] : "";
    String past = PRESENT_TO_PAST.get(first);
    if (past == null
        && (first.length() > 3 && first.endsWith("ed") || IRREGULAR_PAST.contains(first))) {
      return words[0] + rest;
    }
    if (past == null && first.endsWith("s")) {
      past = PRESENT_TO_PAST.get(first.substring(0, first.length() - 1));
    }
    if (past != null) {
      return past + rest;
    }
    return defaultVerb(competency) + " " + text;
  }
}
