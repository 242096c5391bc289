package app.receipts.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a win from a near miss of a subcommand: a typo of a subcommand's name (edit distance 1–2,
 * transpositions count once), a subcommand's name alone or with an argument it does not take, or a
 * bare command-like word. A sentence is always a win, even when its first word looks like a command
 * ("listed our API in the partner catalog").
 */
final class CommandCheck {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Set<String> HELP_WORDS =
      Set.of(
          "stats",
          "settings",
          "config",
          "configure",
          "status",
          "setup",
          "options",
          "prefs",
          "preferences",
          "menu",
          "commands",
          "usage",
          "info",
          "about",
          "start",
          "hello",
          "hi",
          "?",
          "-h",
          "--help",
          "man",
          "docs",
          "manual",
          "howto",
          "how-to",
          "settings?",
          "stat",
          "statistics",
          "profile",
          "account",
          "show",
          "view",
          "ls",
          "h",
          "hep",
          "halp",
          "test",
          "testing",
          "ping",
          "hey",
          "version");
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
      Pattern.compile(
          "(?i)#?\\d[\\w:.\\-]*|[hq][1-4]|me|my|all|please|now|yes|it|that|this|pls|--?\\w+|last"
              + "|latest|recent|wins?|entries|entry|data|csv|json|pdf|md|markdown|everything"
              + "|help|list|edit|delete|packet|remind|review|export|forget-me|[^\\p{L}\\p{N}]+");

  private CommandCheck() {}

  static CommandVerdict classify(String raw, Set<String> names) {
    String text = raw == null ? "" : raw.strip();
    if (text.isEmpty()) {
      return CommandVerdict.WIN;
    }
    // a command is a few words: the rest of a long text is never read
    String[] words = SPACES.split(text, 7);
    if (words.length == 7) {
      return CommandVerdict.WIN;
    }
    if (words.length == 1 && HELP_WORDS.contains(words[0]) && names.contains("help")) {
      return CommandVerdict.suggest("help");
    }
    String glued = words[0].toLowerCase(Locale.ROOT);
    int digit = firstDigit(glued);
    if (digit > 2) {
      // "packet2026-H1": the name and its argument without the space
      String[] split = new String[words.length + 1];
      split[0] = glued.substring(0, digit);
      split[1] = words[0].substring(digit);
      System.arraycopy(words, 1, split, 2, words.length - 1);
      if (nearest(split[0], names) != null || names.contains(split[0])) {
        words = split;
      }
    }
    String first = trimPunctuation(words[0].toLowerCase(Locale.ROOT));
    List<String> rest = new ArrayList<>(List.of(words).subList(1, words.length));
    if (first.equals("forget")
        && !rest.isEmpty()
        && trimPunctuation(rest.get(0)).equalsIgnoreCase("me")) {
      first = "forget-me";
      rest.remove(0);
    }
    String name = names.contains(first) ? first : null;
    if (name == null && rest.isEmpty() && HELP_WORDS.contains(first) && names.contains("help")) {
      return CommandVerdict.suggest("help");
    }
    if (name == null
        && DELETE_WORDS.contains(first)
        && names.contains("delete")
        && (rest.isEmpty() || rest.size() == 1 && argument("delete", rest.get(0)))) {
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
    if (name.equals("edit") || name.equals("delete")) {
      for (String w : rest) {
        if (ID.matcher(trimPunctuation(w)).matches()) {
          return CommandVerdict.suggest(name + " " + trimPunctuation(w));
        }
      }
    }
    return CommandVerdict.suggest(takes(name, rest) ? name + " " + args : name);
  }

  private static int firstDigit(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return Character.isLetter(word.charAt(0)) ? i : -1;
      }
      if (!Character.isLetter(word.charAt(i))) {
        return -1;
      }
    }
    return -1;
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
      case "review" ->
          w.matches("\\d{4}-\\d{2}-\\d{2}")
              || w.equalsIgnoreCase("off")
              || w.equalsIgnoreCase("clear")
              || w.equalsIgnoreCase("cancel");
      default -> false;
    };
  }

  /** Whether the subcommand takes these words as its argument, so Run it keeps them. */
  private static boolean takes(String name, List<String> rest) {
    if (name.equals("edit") || name.equals("delete")) {
      return false;
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
    for (String name : names) {
      if (Math.abs(name.length() - word.length()) > 3) {
        continue;
      }
      int limit = name.length() <= 4 ? 1 : 2;
      int distance = Distance.osa(word, name);
      if (word.startsWith(name) && word.length() - name.length() <= 3) {
        limit = 3;
      }
      if (distance <= limit
          && (distance < bestDistance || distance == bestDistance && name.compareTo(best) < 0)) {
        best = name;
        bestDistance = distance;
      }
    }
    return best;
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
