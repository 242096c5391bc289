package app.receipts.packet;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Who else an entry reached, read from its words: "across 4 teams", "two new engineers",
 * "org-wide", "proactively".
 *
 * @param teams teams, squads or departments named with a number (or "several")
 * @param services services or systems named with a number
 * @param people people, users or customers named with a number
 * @param phrase the words that named the widest reach, as written ("two new engineers")
 */
record Scope(
    int teams, int services, int people, boolean orgWide, boolean proactive, String phrase) {
  static final Scope NONE = new Scope(0, 0, 0, false, false, "");

  /** What a number can count for reach, by kind: teams, services, people. */
  private static final Map<String, Integer> NOUNS = nouns();

  private static final int TEAMS = 0;
  private static final int SERVICES = 1;
  private static final int PEOPLE = 2;

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
          Map.entry("dozens", 24),
          Map.entry("hundreds", 200));

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
    int[] counts = new int[3];
    String phrase = "";
    double widest = 0;
    // words as [start, end) pairs; a noun counts when one of the two words before it is a number
    int[] words = new int[2 * 64];
    int count = 0;
    int at = 0;
    int length = lower.length();
    while (at < length) {
      while (at < length && !isWordChar(lower, at)) {
        at++;
      }
      int begin = at;
      while (at < length && isWordChar(lower, at)) {
        at++;
      }
      if (at == begin) {
        break;
      }
      if (count == words.length / 2) {
        words = java.util.Arrays.copyOf(words, words.length * 2);
      }
      words[2 * count] = begin;
      words[2 * count + 1] = at;
      // every noun is 4 to 14 letters and ends in "s" but "team": others skip the lookup
      int size = at - begin;
      boolean maybeNoun =
          size >= 4
              && size <= 14
              && (lower.charAt(at - 1) == 's' || lower.startsWith("team", begin));
      Integer kind = maybeNoun ? NOUNS.get(lower.substring(begin, at)) : null;
      if (kind != null) {
        for (int back = 1; back <= 2 && count - back >= 0; back++) {
          int w = count - back;
          int end = words[2 * w + 1];
          // "100% of users" is a share, not a hundred people
          boolean share = end < length && lower.charAt(end) == '%';
          int n = share ? 0 : number(lower.substring(words[2 * w], end));
          if (n > 0) {
            counts[kind] = Math.max(counts[kind], n);
            double reach = reach(kind, n);
            if (n >= 2 && reach > widest) {
              widest = reach;
              // lower-casing can change a text's length (İ); the phrase is then quoted lower-cased
              String source = lower.length() == joined.length() ? joined.toString() : lower;
              phrase = source.substring(words[2 * w], at);
            }
            break;
          }
        }
      }
      count++;
    }
    boolean orgWide =
        (lower.contains("wide")
                || lower.contains("across")
                || lower.contains("every ")
                || lower.contains("all "))
            && ORG_WIDE.matcher(lower).find();
    boolean proactive =
        (lower.contains("proactiv")
                || lower.contains("unprompted")
                || lower.contains("unasked")
                || lower.contains("initiative")
                || lower.contains("asked")
                || lower.contains("assigned")
                || lower.contains("noticed"))
            && PROACTIVE.matcher(lower).find();
    return new Scope(counts[TEAMS], counts[SERVICES], counts[PEOPLE], orgWide, proactive, phrase);
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

  /** The count a word says, or 0 when it is not a number. */
  private static int number(String word) {
    Integer known = WORDS.get(word);
    if (known != null) {
      return known;
    }
    int n = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == ',') {
        continue;
      }
      if (c < '0' || c > '9' || n > 100_000_000) {
        return 0;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  private static double reach(int kind, int n) {
    return switch (kind) {
      case TEAMS -> 1.6 * Math.log1p(n);
      case SERVICES -> 1.2 * Math.log1p(n);
      default -> Math.log1p(n);
    };
  }

  /** Letters, digits, hyphens, and the comma inside a number ("1,200 users"). */
  private static boolean isWordChar(String text, int i) {
    char c = text.charAt(i);
    if (Character.isLetterOrDigit(c) || c == '-') {
      return true;
    }
    return c == ','
        && i > 0
        && i + 1 < text.length()
        && Character.isDigit(text.charAt(i - 1))
        && Character.isDigit(text.charAt(i + 1));
  }

  private static Map<String, Integer> nouns() {
    Map<String, Integer> nouns = new java.util.HashMap<>();
    for (String noun : List.of("team", "teams", "squads", "departments", "orgs")) {
      nouns.put(noun, TEAMS);
    }
    for (String noun :
        List.of(
            "services", "microservices", "micro-services", "systems", "repos", "repositories")) {
      nouns.put(noun, SERVICES);
    }
    for (String noun :
        List.of(
            "engineers",
            "developers",
            "people",
            "users",
            "customers",
            "hires",
            "teammates",
            "clients",
            "partners",
            "colleagues")) {
      nouns.put(noun, PEOPLE);
    }
    return Map.copyOf(nouns);
  }
}
