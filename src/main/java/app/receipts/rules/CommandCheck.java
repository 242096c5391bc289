package app.receipts.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a win from a near miss of a subcommand: a typo of a subcommand's name (edit distance 1–2,
 * transpositions count once), a subcommand's name alone or with an argument it does not take, or
 * a bare command-like word. A sentence is always a win, even when its first word looks like a
 * command ("listed our API in the partner catalog").
 */
final class CommandCheck {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Set<String> HELP_WORDS =
      Set.of("stats", "settings", "config", "configure", "status", "setup", "options", "prefs",
          "preferences", "menu", "commands", "usage", "info", "about", "start", "hello", "hi",
          "?", "-h", "--help", "man", "docs", "manual", "howto", "how-to", "settings?", "stat",
          "statistics", "profile", "account", "show", "view", "ls", "h", "hep", "halp");
  private static final Set<String> DELETE_WORDS = Set.of("undo", "remove", "rm", "del", "revert");
  private static final Pattern ID = Pattern.compile("#?\\d{1,9}");
  private static final Pattern PERIOD =
      Pattern.compile(
          "(?i)\\d{4}(-?[hq][1-4])?|[hq][1-4](-\\d{4})?|\\d{4}-\\d{2}-\\d{2}(\\.\\.\\d{4}-\\d{2}-\\d{2})?"
              + "|last|this|past|previous|\\d{1,3}|days?|weeks?|months?|years?|half|quarter|ytd");
  private static final Pattern SCHEDULE =
      Pattern.compile(
          "(?i)(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*(,(mon|tue|wed|thu|fri|sat|sun)[a-z]*)*"
              + "|\\d{1,2}(:\\d{2})?(am|pm)?|pause|resume|quiet|on|off|every|other|monthly|weekly"
              + "|daily|until|first|last|\\d{4}-\\d{2}-\\d{2}|\\d+|weeks?|days?");
  private static final Pattern ARG_LIKE =
      Pattern.compile("(?i)#?\\d[\\w:.\\-]*|[hq][1-4]|me|all|please|now|yes|it|that|this|pls|--?\\w+");

  private CommandCheck() {}

  static CommandVerdict classify(String raw, Set<String> names) {
    String text = raw == null ? "" : raw.strip();
    if (text.isEmpty()) {
      return CommandVerdict.WIN;
    }
    String[] words = SPACES.split(text);
    String first = trimPunctuation(words[0].toLowerCase(Locale.ROOT));
    List<String> rest = new ArrayList<>(List.of(words).subList(1, words.length));
    if (first.equals("forget") && !rest.isEmpty() && trimPunctuation(rest.get(0)).equalsIgnoreCase("me")) {
      first = "forget-me";
      rest.remove(0);
    }
    String name = names.contains(first) ? first : null;
    if (name == null && rest.isEmpty() && HELP_WORDS.contains(first) && names.contains("help")) {
      return CommandVerdict.suggest("help");
    }
    if (name == null && DELETE_WORDS.contains(first) && names.contains("delete")
        && (rest.isEmpty() || rest.size() == 1 && ID.matcher(rest.get(0)).matches())) {
      name = "delete";
    }
    if (name == null) {
      name = nearest(first, names);
    }
    if (name == null) {
      return CommandVerdict.WIN;
    }
    return withArguments(name, rest);
  }

  private static CommandVerdict withArguments(String name, List<String> rest) {
    if (rest.isEmpty()) {
      return CommandVerdict.suggest(name);
    }
    if (rest.size() > 4 || !rest.stream().allMatch(w -> argument(name, w))) {
      return CommandVerdict.WIN;
    }
    String args = String.join(" ", rest);
    return CommandVerdict.suggest(takes(name, rest) ? name + " " + args : name);
  }

  private static boolean argument(String name, String word) {
    String w = trimPunctuation(word);
    return w.isEmpty() || ARG_LIKE.matcher(w).matches() || ownArgument(name, w);
  }

  private static boolean ownArgument(String name, String w) {
    return switch (name) {
      case "edit", "delete" -> ID.matcher(w).matches();
      case "packet" -> PERIOD.matcher(w).matches();
      case "remind" -> SCHEDULE.matcher(w).matches();
      case "review" -> w.matches("\\d{4}-\\d{2}-\\d{2}") || w.equalsIgnoreCase("off");
      default -> false;
    };
  }

  /** Whether the subcommand takes these words as its argument, so Run it keeps them. */
  private static boolean takes(String name, List<String> rest) {
    if (name.equals("edit") || name.equals("delete")) {
      return rest.size() == 1 && ID.matcher(trimPunctuation(rest.get(0))).matches();
    }
    if (name.equals("packet") || name.equals("remind") || name.equals("review")) {
      return rest.stream().allMatch(w -> ownArgument(name, trimPunctuation(w)));
    }
    return false;
  }

  /** The one subcommand within edit distance 2 (1 for short words), or null. */
  static String nearest(String word, Set<String> names) {
    if (word.length() < 3 || !word.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
      return null;
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String name : names.stream().sorted().toList()) {
      if (word.startsWith(name) || name.length() < 4 && word.length() > name.length() + 1) {
        continue;
      }
      int limit = name.length() <= 4 ? 1 : 2;
      if (word.length() <= 4 && isTransposition(word, name)) {
        limit = 2;
      }
      int distance = Distance.osa(word, name);
      if (distance <= limit && distance < bestDistance) {
        best = name;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static boolean isTransposition(String a, String b) {
    return a.length() == b.length() && Distance.osa(a, b) == 1;
  }

  private static String trimPunctuation(String word) {
    int end = word.length();
    while (end > 0 && ".!?,;:".indexOf(word.charAt(end - 1)) >= 0) {
      end--;
    }
    int start = word.startsWith("`") || word.startsWith("/") ? 1 : 0;
    return start >= end ? "" : word.substring(start, end).replace("`", "");
  }
}
