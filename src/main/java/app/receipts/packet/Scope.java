package app.receipts.packet;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who else an entry reached, read from its words: "across 4 teams", "two new engineers",
 * "org-wide", "proactively". Reach beyond the person is what the Exceeds register is for.
 *
 * @param teams teams, squads or departments named with a number (or "several")
 * @param services services or systems named with a number
 * @param people people, users or customers named with a number
 * @param phrase the words that named the widest reach, as written ("two new engineers")
 */
record Scope(
    int teams, int services, int people, boolean orgWide, boolean proactive, String phrase) {
  static final Scope NONE = new Scope(0, 0, 0, false, false, "");

  private static final String NUMBER =
      "(\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|several|multiple"
          + "|many|dozens of|hundreds of)";
  private static final Pattern COUNTED =
      Pattern.compile(
          "\\b"
              + NUMBER
              + "\\s+(?:[a-z-]+\\s+)?(teams?|squads?|departments?|orgs?|micro-?services|services"
              + "|systems|repos|repositories|engineers|developers|people|users|customers|hires"
              + "|teammates|clients|partners|colleagues)\\b");
  private static final Pattern ORG_WIDE =
      Pattern.compile(
          "\\b(?:(?:org|organi[sz]ation|company|platform|engineering)[- ]wide"
              + "|across (?:the )?(?:org|organi[sz]ation|company|engineering)"
              + "|(?:every|all) (?:teams?|services|engineers|squads|departments))\\b");
  private static final Pattern PROACTIVE =
      Pattern.compile(
          "\\b(?:proactive(?:ly)?|unprompted|unasked|on my own initiative|without being asked"
              + "|before (?:anyone|it was) (?:asked|assigned|noticed)|nobody asked)\\b");
  private static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("twelve", 12),
          Map.entry("twenty", 20),
          Map.entry("several", 3),
          Map.entry("multiple", 3),
          Map.entry("many", 5),
          Map.entry("dozens of", 24),
          Map.entry("hundreds of", 200));

  /** Words one of the patterns needs: most entries have none and skip the regular expressions. */
  private static final String[] CUES = {
    "team", "squad", "depart", "org", "servic", "system", "repo", "engineer", "developer",
    "people", "user", "customer", "hire", "mate", "client", "partner", "colleague", "wide",
    "compan", "proactiv", "unprompted", "unasked", "initiative", "asked", "assigned", "noticed"
  };

  static Scope read(String... texts) {
    StringBuilder joined = new StringBuilder();
    for (String text : texts) {
      if (text != null) {
        joined.append(text).append(" \n ");
      }
    }
    String lower = joined.toString().toLowerCase(Locale.ROOT);
    if (!hasCue(lower)) {
      return NONE;
    }
    int teams = 0;
    int services = 0;
    int people = 0;
    String phrase = "";
    double widest = 0;
    Matcher counted = COUNTED.matcher(lower);
    while (counted.find()) {
      int n = number(counted.group(1));
      String noun = counted.group(2);
      double reach;
      if (noun.startsWith("team")
          || noun.startsWith("squad")
          || noun.startsWith("depart")
          || noun.startsWith("org")) {
        teams = Math.max(teams, n);
        reach = 1.6 * Math.log1p(n);
      } else if (noun.contains("service") || noun.equals("systems") || noun.startsWith("repo")) {
        services = Math.max(services, n);
        reach = 1.2 * Math.log1p(n);
      } else {
        people = Math.max(people, n);
        reach = Math.log1p(n);
      }
      if (n >= 2 && reach > widest) {
        widest = reach;
        // lower-casing can change a text's length (İ); the phrase is then quoted lower-cased
        String source = lower.length() == joined.length() ? joined.toString() : lower;
        phrase = source.substring(counted.start(), counted.end());
      }
    }
    return new Scope(
        teams,
        services,
        people,
        ORG_WIDE.matcher(lower).find(),
        PROACTIVE.matcher(lower).find(),
        phrase);
  }

  /** Reach on the effect's scale: a few teams weigh about as much as a clear measured change. */
  double points() {
    double reach =
        Math.max(1.6 * Math.log1p(teams), Math.max(1.2 * Math.log1p(services), Math.log1p(people)));
    if (orgWide) {
      reach = Math.max(reach, 3.5);
    }
    return Math.min(reach, 4.5) + (proactive ? 0.8 : 0);
  }

  /** Scope beyond the person: several teams or services, the whole organisation, or unasked. */
  boolean beyondThePerson() {
    return teams >= 2 || services >= 3 || orgWide || proactive;
  }

  /** "reached 4 teams", "org-wide reach", "done unprompted"; empty when nothing was read. */
  String describe() {
    if (orgWide) {
      return "org-wide reach";
    }
    if (!phrase.isEmpty()) {
      return "reached " + PacketText.oneLine(phrase);
    }
    return proactive ? "done unprompted" : "";
  }

  private static boolean hasCue(String lower) {
    for (String cue : CUES) {
      if (lower.contains(cue)) {
        return true;
      }
    }
    return false;
  }

  private static int number(String word) {
    Integer known = WORDS.get(word);
    if (known != null) {
      return known;
    }
    try {
      return Integer.parseInt(word.replace(",", ""));
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }
}
