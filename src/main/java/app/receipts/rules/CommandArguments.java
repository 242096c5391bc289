package app.receipts.rules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The words after a subcommand's name: whether each is an argument-like word, the subcommand's own
 * argument (an entry id, a period, a schedule, a date), and whether Run it keeps them.
 */
final class CommandArguments {
  static final Pattern ID = Pattern.compile("#?\\d{1,9}");

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

  private CommandArguments() {}

  static boolean argument(String name, String word) {
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
  static boolean takes(String name, List<String> rest) {
    if (name.equals("edit") || name.equals("delete")) {
      return false;
    }
    if (name.equals("packet") || name.equals("remind") || name.equals("review")) {
      return rest.stream().allMatch(w -> ownArgument(name, trimPunctuation(w)));
    }
    return false;
  }

  static String trimPunctuation(String word) {
    int end = word.length();
    while (end > 0 && ".!?,;:".indexOf(word.charAt(end - 1)) >= 0) {
      end--;
    }
    int start = word.startsWith("`") || word.startsWith("/") ? 1 : 0;
    return start >= end ? "" : word.substring(start, end).replace("`", "");
  }
}
