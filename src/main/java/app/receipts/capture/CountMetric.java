package app.receipts.capture;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A count of things done, the metric of last resort: "closed 37 tickets", "fixed 120 lint
 * warnings", "mentored two new hires".
 */
final class CountMetric {
  private static final Pattern COUNT =
      Pattern.compile(
          "(?i)\\b(?<verb>closed|fixed|resolved|onboarded|migrated|shipped|launched|automated|"
              + "removed|deleted|merged|reviewed|mentored|trained|hired|interviewed|wrote|added|"
              + "deprecated|retired|handled|triaged|answered|served|supported)\\s+(?:over\\s+|about\\s+)?"
              + "(?<value>\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|dozens of|hundreds of)\\s+"
              + "(?<noun>[\\p{L}][\\p{L}-]+)");
  private static final Pattern NEXT_WORD = Pattern.compile("[ \\t]+([\\p{L}][\\p{L}-]*)");
  private static final Set<String> NOT_A_NOUN =
      Set.of(
          ("a an the and or but to on in for from with by at of into onto over across during "
                  + "through before after ahead while so as that which who per this these our their "
                  + "my its than then via within without under using is are was were in-house last "
                  + "next each every since until")
              .split(" "));

  private CountMetric() {}

  static Optional<String> find(String text) {
    Matcher m = COUNT.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(
        m.group("value").toLowerCase(Locale.ROOT)
            + " "
            + nounPhrase(text, m.start("noun"), m.end("noun")));
  }

  /**
   * What was counted: "tickets", "lint warnings", "new hires", "Kafka clusters". Words after the
   * first are taken while the last one taken does not end in "s", up to three, and never a
   * preposition, conjunction or article ("37 tickets during…", "5 teams to…").
   */
  private static String nounPhrase(String text, int start, int end) {
    for (int words = 1; words < 3; words++) {
      if (Character.toLowerCase(text.charAt(end - 1)) == 's') {
        break;
      }
      Matcher next = NEXT_WORD.matcher(text).region(end, text.length());
      if (!next.lookingAt() || NOT_A_NOUN.contains(next.group(1).toLowerCase(Locale.ROOT))) {
        break;
      }
      end = next.end(1);
    }
    return text.substring(start, end);
  }
}
