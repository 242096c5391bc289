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
    if (words.length == 1 && CommandWords.HELP_WORDS.contains(words[0]) && names.contains("help")) {
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
    String first = CommandArguments.trimPunctuation(words[0].toLowerCase(Locale.ROOT));
    List<String> rest = new ArrayList<>(List.of(words).subList(1, words.length));
    if (first.equals("forget")
        && !rest.isEmpty()
        && CommandArguments.trimPunctuation(rest.get(0)).equalsIgnoreCase("me")) {
      first = "forget-me";
      rest.remove(0);
    }
    String name = names.contains(first) ? first : null;
    boolean exact = name != null;
    if (name == null
        && rest.isEmpty()
        && CommandWords.HELP_WORDS.contains(first)
        && names.contains("help")) {
      return CommandVerdict.suggest("help");
    }
    if (name == null
        && CommandWords.DELETE_WORDS.contains(first)
        && names.contains("delete")
        && (rest.isEmpty()
            || rest.size() == 1 && CommandArguments.argument("delete", rest.get(0)))) {
      name = "delete";
    }
    if (name == null) {
      name = nearest(first, names);
    }
    if (name == null) {
      return CommandVerdict.WIN;
    }
    return withArguments(name, rest, exact);
  }

  /**
   * {@code exact} when the first word is the subcommand's own name: then one word after it that the
   * subcommand does not take ("edit abc", "packet foo") is a bad argument, not a win.
   */
  private static CommandVerdict withArguments(String name, List<String> rest, boolean exact) {
    if (rest.isEmpty()) {
      return CommandVerdict.suggest(name);
    }
    if (exact && rest.size() == 1 && !CommandArguments.argument(name, rest.get(0))) {
      return CommandVerdict.suggest(name);
    }
    if (rest.size() > 4 || !rest.stream().allMatch(w -> CommandArguments.argument(name, w))) {
      return CommandVerdict.WIN;
    }
    String args = String.join(" ", rest);
    if (name.equals("edit") || name.equals("delete")) {
      for (String w : rest) {
        if (CommandArguments.ID.matcher(CommandArguments.trimPunctuation(w)).matches()) {
          return CommandVerdict.suggest(name + " " + CommandArguments.trimPunctuation(w));
        }
      }
    }
    return CommandVerdict.suggest(CommandArguments.takes(name, rest) ? name + " " + args : name);
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
}
