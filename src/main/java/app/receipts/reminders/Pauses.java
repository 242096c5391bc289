package app.receipts.reminders;

import app.receipts.slack.Mrkdwn;
import app.receipts.slack.UserFacingException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads "/win remind pause …": {@code until 2027-01-05}, {@code 2 weeks}, {@code 10 days}. */
final class Pauses {
  static final String EXAMPLES =
      "Try `/win remind pause until 2027-01-05`, `/win remind pause 2 weeks` or"
          + " `/win remind resume`.";
  static final int DEFAULT_DAYS = 14;
  private static final int MAX_DAYS = 366;
  private static final Pattern LENGTH =
      Pattern.compile("(?:for\\s+)?(\\d{1,3}|a|one|two|three|four)\\s*(days?|d|weeks?|w|months?)");

  private Pauses() {}

  /** The first local day reminders come again. */
  static LocalDate until(String text, LocalDate today) {
    String input = text.strip().toLowerCase(Locale.ROOT);
    if (input.isEmpty()) {
      return today.plusDays(DEFAULT_DAYS);
    }
    LocalDate until;
    if (input.startsWith("until ") || input.startsWith("till ") || input.startsWith("to ")) {
      String date = input.substring(input.indexOf(' ') + 1).strip();
      try {
        until = LocalDate.parse(date);
      } catch (DateTimeParseException e) {
        throw problem(
            "\"" + Mrkdwn.escape(Mrkdwn.truncate(date, 40)) + "\" is not a date like 2027-01-05.");
      }
    } else {
      Matcher matcher = LENGTH.matcher(input);
      if (!matcher.matches()) {
        throw problem(
            "I didn't understand \""
                + Mrkdwn.escape(Mrkdwn.truncate(input, 40))
                + "\" as a pause.");
      }
      int n = number(matcher.group(1));
      String unit = matcher.group(2);
      if (n == 0) {
        throw problem("A pause needs at least one day.");
      }
      until =
          unit.startsWith("d")
              ? today.plusDays(n)
              : unit.startsWith("w") ? today.plusWeeks(n) : today.plusMonths(n);
    }
    if (!until.isAfter(today)) {
      throw problem("A pause should end after today (" + today + ").");
    }
    if (until.isAfter(today.plusDays(MAX_DAYS))) {
      throw problem("That is more than a year away; `/win remind off` stops reminders for good.");
    }
    return until;
  }

  private static int number(String word) {
    return switch (word) {
      case "a", "one" -> 1;
      case "two" -> 2;
      case "three" -> 3;
      case "four" -> 4;
      default -> Integer.parseInt(word);
    };
  }

  private static UserFacingException problem(String message) {
    return new UserFacingException(message + " " + EXAMPLES);
  }
}
