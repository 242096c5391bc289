package app.receipts.packet;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A win's impact joined to its past-tense clause as the IMPACT part of a draft sentence. */
final class Impacts {
  private Impacts() {}

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

  /** Impacts that name a result as a noun phrase: "…, which meant fewer failed orders." */
  private static final Set<String> COMPARATIVES =
      Set.of(
          "fewer", "less", "more", "faster", "slower", "lower", "higher", "better", "no", "zero",
          "smaller", "cheaper", "shorter", "quicker");

  /** A measure and its change: "MTTR from 45 min to 12 min", "p95 1.8s → 210ms". */
  private static final Pattern CHANGE =
      Pattern.compile(
          "([^,;]+?)\\s+(from\\s+\\S*\\d.*\\s+to\\s+\\S*\\d.*|[^\\s→]*\\d[^\\s→]*\\s*(?:→|->)\\s*\\S.*)");

  /** Words that make a clause say something happened, beyond those above. */
  private static final Set<String> LINKING =
      Set.of(
          "is", "are", "was", "were", "went", "fell", "rose", "grew", "came", "got", "has", "have",
          "had", "moved", "shrank", "dropped", "stayed", "stays");

  /** ", which keeps X fast", ", so that …", ", saving …" or ", and …" after a past-tense clause. */
  static String continued(String impact) {
    String continued = Clauses.lowerFirst(impact);
    String firstWord =
        continued.split(" ", 2)[0].replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
    if (CONNECTIVES.contains(firstWord)
        || firstWord.endsWith("ing")
        || firstWord.endsWith("ly")
        || firstWord.endsWith("ed")) {
      return ", " + continued;
    }
    if (VERBS.contains(firstWord)) {
      return ", which " + continued;
    }
    if (COMPARATIVES.contains(firstWord)) {
      return ", which meant " + continued;
    }
    Matcher change = CHANGE.matcher(continued);
    if (change.matches() && verbless(change.group(1))) {
      // "MTTR from 45 min to 12 min" has no verb for ", and" to join
      String fromTo = change.group(2).startsWith("from ") ? " going " : " ";
      return ", with " + change.group(1) + fromTo + change.group(2);
    }
    return ", and " + continued;
  }

  private static boolean verbless(String words) {
    for (String word : words.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (LINKING.contains(word) || VERBS.contains(word) || word.endsWith("ed")) {
        return false;
      }
    }
    return true;
  }
}
