package app.receipts.packet;

import app.receipts.entries.Entry;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Self-review sentences in the "what I did, which had this impact (metric)" shape, built only from
 * the user's own words so they can paste and edit them.
 */
final class Starters {
  private Starters() {}

  /** Impacts starting with these already read as a continuation: "…, so that on-call sleeps." */
  private static final Set<String> CONNECTIVES =
      Set.of("which", "so", "to", "because", "and", "meaning", "thereby", "giving", "for", "with");

  /** Impacts starting with a verb like these read well after "which": "…, which keeps X fast." */
  private static final Set<String> VERBS =
      Set.of(
          "keeps",
          "saves",
          "cuts",
          "lets",
          "unblocks",
          "makes",
          "reduces",
          "means",
          "helps",
          "gives",
          "enables",
          "allows",
          "removes",
          "prevents",
          "improves",
          "speeds",
          "frees",
          "brings",
          "halves",
          "doubles",
          "protects",
          "avoids",
          "lowers",
          "raises",
          "increases",
          "shortens",
          "simplifies",
          "unlocks",
          "supports",
          "made",
          "saved",
          "cut",
          "helped",
          "gave",
          "enabled",
          "allowed",
          "removed",
          "prevented",
          "improved",
          "unblocked",
          "let");

  /** Bullet and heading marks people paste from notes: "- shipped X", "# Runbook". */
  private static final Pattern LEADING_MARKERS = Pattern.compile("^(?:[-*+•>#]+ +)+");

  static String sentence(Entry win) {
    String what = clause(win.text());
    if (what.isEmpty()) {
      return "";
    }
    StringBuilder sentence = new StringBuilder(capitalise(what));
    String impact = clause(win.impact());
    if (!impact.isEmpty()) {
      String continued = lowerFirst(impact);
      String firstWord = continued.split(" ", 2)[0].toLowerCase(Locale.ROOT);
      if (CONNECTIVES.contains(firstWord) || firstWord.endsWith("ing")) {
        sentence.append(", ").append(continued);
      } else if (VERBS.contains(firstWord)) {
        sentence.append(", which ").append(continued);
      } else {
        sentence.append(". ").append(capitalise(impact));
      }
    }
    String metric = clause(win.metric());
    String lowerSoFar = sentence.toString().toLowerCase(Locale.ROOT);
    if (!metric.isEmpty() && !lowerSoFar.contains(metric.toLowerCase(Locale.ROOT))) {
      sentence.append(" (").append(metric).append(')');
    }
    return sentence.append('.').toString();
  }

  /** One line of text without the punctuation a sentence would end with. */
  static String clause(String text) {
    String line = LEADING_MARKERS.matcher(PacketText.oneLine(text)).replaceFirst("");
    int end = line.length();
    while (end > 0 && ".,;:!… ".indexOf(line.charAt(end - 1)) >= 0) {
      end--;
    }
    return line.substring(0, end);
  }

  static String capitalise(String text) {
    if (text.isEmpty() || !Character.isLowerCase(text.codePointAt(0))) {
      return text;
    }
    int first = text.codePointAt(0);
    return new StringBuilder()
        .appendCodePoint(Character.toTitleCase(first))
        .append(text, Character.charCount(first), text.length())
        .toString();
  }

  /** Leaves acronyms alone: "API latency" stays, "Keeps" becomes "keeps". */
  private static String lowerFirst(String text) {
    if (text.length() < 2
        || !Character.isUpperCase(text.charAt(0))
        || Character.isUpperCase(text.charAt(1))) {
      return text;
    }
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
